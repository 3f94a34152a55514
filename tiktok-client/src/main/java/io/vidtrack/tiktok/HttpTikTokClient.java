package io.vidtrack.tiktok;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Supplier;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vidtrack.tiktok.FetchMetrics.Endpoint;
import io.vidtrack.tiktok.FetchResult.GoneReason;
import io.vidtrack.tiktok.internal.Attempt;
import io.vidtrack.tiktok.internal.Backoff;
import io.vidtrack.tiktok.internal.BlockedBreaker;
import io.vidtrack.tiktok.internal.Exchanges;
import io.vidtrack.tiktok.internal.PoliteHttp;
import io.vidtrack.tiktok.internal.Responses;

/**
 * {@link TikTokClient} over {@code java.net.http}: per-host rate limit, bounded concurrency, retries with
 * backoff for transient outcomes, and a breaker that stops every call for a while after a wall. One instance
 * is meant to be shared by a whole process (its limits are per instance). Close it to release the HTTP client.
 */
public final class HttpTikTokClient implements TikTokClient, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(HttpTikTokClient.class);

	// harmless web parameters TikTok's own front end sends with every API call
	private static final String WEB_PARAMS = "aid=1988&app_name=tiktok_web&device_platform=web_pc";

	private final TikTokClientSettings settings;

	private final Clock clock;

	private final FetchMetrics metrics = new FetchMetrics();

	private final BlockedBreaker breaker;

	private final PoliteHttp http;

	private final Exchanges exchanges;

	private final ShortLinks shortLinks;

	private final Retry retry;

	private final String base;

	public HttpTikTokClient(TikTokClientSettings settings) {
		this(settings, Clock.systemUTC());
	}

	/** {@code clock} times the blocked cool-down and HTTP-date {@code Retry-After}s (tests move it). */
	public HttpTikTokClient(TikTokClientSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.breaker = new BlockedBreaker(settings.blockedCooldown());
		this.http = new PoliteHttp(new PoliteHttp.Settings(settings.proxy(), settings.requestsPerSecond(),
				settings.maxConcurrency(), settings.requestTimeout()), breaker, clock, metrics::countRequest);
		this.exchanges = new Exchanges(http, settings.userAgent(), settings.requestTimeout());
		String baseUrl = settings.baseUrl().toString();
		this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.shortLinks = new ShortLinks(exchanges, base);
		this.retry = Retry.of("tiktok", RetryConfig.<Attempt<?>>custom()
			.maxAttempts(settings.maxAttempts())
			.retryOnResult(Attempt::retryable)
			.retryOnException((ex) -> false)
			.intervalBiFunction(new Backoff(settings.initialBackoff(), settings.maxBackoff()))
			.failAfterMaxAttempts(false)
			.build());
		this.retry.getEventPublisher().onRetry((event) -> metrics.countRetry());
	}

	@Override
	public FetchResult<Post> fetchPost(String handle, String videoId) {
		if (!TikTokUrls.isValidVideoId(videoId) || !(handle.isEmpty() || TikTokUrls.isValidHandle(handle))) {
			return finish(Endpoint.POST, notFound("no such post: @" + handle + "/video/" + videoId));
		}
		// TikTok serves a post under any handle; "_" stands in for an unknown one and is itself a valid handle
		URI uri = URI.create(base + "/@" + (handle.isEmpty() ? "_" : handle) + "/video/" + videoId);
		return call(Endpoint.POST, () -> Responses.body(exchanges.page(uri),
				(body) -> TikTokPages.parsePost(body, videoId), true, clock.instant(), settings.maxBackoff()));
	}

	@Override
	public FetchResult<Profile> fetchProfile(String handle) {
		if (!TikTokUrls.isValidHandle(handle)) {
			return finish(Endpoint.PROFILE, notFound("no such handle: " + handle));
		}
		URI uri = URI.create(base + "/@" + handle);
		return call(Endpoint.PROFILE, () -> Responses.body(exchanges.page(uri),
				(body) -> TikTokPages.parseProfile(body, handle), true, clock.instant(), settings.maxBackoff()));
	}

	@Override
	public FetchResult<PostListing> fetchPosts(String secUid, long cursorMillis, int count) {
		if (secUid.isBlank()) {
			return finish(Endpoint.LISTING, notFound("no secUid"));
		}
		URI uri = URI.create(base + "/api/post/item_list/?" + WEB_PARAMS + "&secUid="
				+ URLEncoder.encode(secUid, StandardCharsets.UTF_8) + "&count=" + Math.max(count, 1) + "&cursor="
				+ Math.max(cursorMillis, 0));
		return call(Endpoint.LISTING, () -> Responses.body(exchanges.json(uri), TikTokPages::parseListing, false,
				clock.instant(), settings.maxBackoff()));
	}

	@Override
	public FetchResult<TikTokUrl.PostUrl> resolveShortLink(TikTokUrl.ShortLink link) {
		return call(Endpoint.SHORT_LINK, () -> shortLinks.resolve(link, clock.instant(), settings.maxBackoff()));
	}

	public FetchMetrics metrics() {
		return metrics;
	}

	@Override
	public void close() {
		http.close();
	}

	private <T> FetchResult<T> call(Endpoint endpoint, Supplier<Attempt<T>> attempt) {
		FetchResult<T> result;
		try {
			result = retry.executeSupplier(attempt).result();
		}
		catch (RuntimeException ex) {
			// an interrupted backoff, or a bug: either way the caller gets an outcome, never an exception
			logger.warn("TikTok {} call failed unexpectedly", endpoint.key(), ex);
			result = new FetchResult.Failed<>(Thread.currentThread().isInterrupted() ? "interrupted"
					: "unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		if (result instanceof FetchResult.Blocked<T> blocked) {
			breaker.trip(blocked.reason(), clock.instant());
		}
		return finish(endpoint, result);
	}

	private <T> FetchResult<T> finish(Endpoint endpoint, FetchResult<T> result) {
		metrics.record(endpoint, result);
		return result;
	}

	private static <T> FetchResult<T> notFound(String message) {
		return new FetchResult.Gone<>(GoneReason.NOT_FOUND, 0, message);
	}

}
