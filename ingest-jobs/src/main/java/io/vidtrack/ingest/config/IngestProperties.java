package io.vidtrack.ingest.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

import io.vidtrack.tiktok.TikTokClientSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the ingest jobs, bound from {@code vidtrack.ingest.*}.
 *
 * @param tiktok how to reach TikTok (or the simulator)
 * @param discovery the discover-videos job
 * @param capture the capture-stats job
 * @param prune the prune-history job
 * @param schedule when the jobs run
 */
@ConfigurationProperties(prefix = "vidtrack.ingest")
public record IngestProperties(@DefaultValue TikTok tiktok, @DefaultValue Discovery discovery,
		@DefaultValue Capture capture, @DefaultValue Prune prune, @DefaultValue Schedule schedule) {

	/**
	 * The client's politeness: the per-host rate limit, fetches in flight, and the retries of transient failures.
	 */
	public record TikTok(@DefaultValue("https://www.tiktok.com") URI baseUrl, @Nullable String userAgent,
			@Nullable String proxy, @DefaultValue("5") double requestsPerSecond, @DefaultValue("16") int maxConcurrency,
			@DefaultValue("4") int maxAttempts, @DefaultValue("500ms") Duration initialBackoff,
			@DefaultValue("30s") Duration maxBackoff, @DefaultValue("20s") Duration requestTimeout,
			@DefaultValue("5m") Duration blockedCooldown) {

		public TikTokClientSettings toSettings() {
			TikTokClientSettings defaults = TikTokClientSettings.defaults(this.baseUrl);
			String agent = (this.userAgent != null) ? this.userAgent : defaults.userAgent();
			return new TikTokClientSettings(this.baseUrl, agent, this.proxy, this.requestsPerSecond,
					this.maxConcurrency, this.maxAttempts, this.initialBackoff, this.maxBackoff, this.requestTimeout,
					this.blockedCooldown);
		}

	}

	/**
	 * @param chunkSize creators per chunk (and per transaction); their fetches run concurrently
	 * @param listingPageSize posts asked for per listing call (TikTok serves up to ~30)
	 * @param maxListingPages listing calls per creator and run, so a creator with a long history cannot stall
	 * a run
	 * @param rescanOverlap how far before the previous discovery a run still pages back: posts older than that
	 * were seen by the previous run
	 */
	public record Discovery(@DefaultValue("20") int chunkSize, @DefaultValue("30") int listingPageSize,
			@DefaultValue("10") int maxListingPages, @DefaultValue("48h") Duration rescanOverlap) {
	}

	/**
	 * @param listingChunkSize creators per chunk of {@code captureFromListingsStep}
	 * @param pageChunkSize videos per chunk of {@code captureFromPagesStep}
	 * @param pagePartitions id ranges the page step splits the due videos into, each captured by a worker of its
	 * own at the same time (one by default: two and four measured no faster on two cores, docs/performance.md)
	 * @param listingPageSize posts asked for per listing call
	 * @param maxListingPages listing calls per creator; older due videos fall through to their pages
	 */
	public record Capture(@DefaultValue("25") int listingChunkSize, @DefaultValue("100") int pageChunkSize,
			@DefaultValue("1") int pagePartitions, @DefaultValue("30") int listingPageSize,
			@DefaultValue("4") int maxListingPages) {
	}

	/** @param chunkSize videos per chunk (one batched delete each) */
	public record Prune(@DefaultValue("500") int chunkSize) {
	}

	/**
	 * @param enabled whether the crons, the manual-work poller and the startup run are on
	 * @param hourlyCron discovery then capture; each firing is one slot (one job instance per job)
	 * @param nightlyCron the retention prune
	 * @param zone the zone the crons are read in
	 * @param pollInterval how often queued manual work (discovery or capture requests) is looked for
	 * @param runOnStartup run the latest hourly slot at start (a no-op when it already completed)
	 * @param blockedPause how long manual runs wait after a run was stopped by a captcha or verify wall
	 */
	public record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("0 0 * * * *") String hourlyCron,
			@DefaultValue("0 30 3 * * *") String nightlyCron, @DefaultValue("UTC") ZoneId zone,
			@DefaultValue("2s") Duration pollInterval, @DefaultValue("true") boolean runOnStartup,
			@DefaultValue("15m") Duration blockedPause) {
	}

}
