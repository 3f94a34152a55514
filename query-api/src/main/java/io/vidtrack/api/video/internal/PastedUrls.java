package io.vidtrack.api.video.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.vidtrack.api.auth.ApiProperties;
import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.HttpTikTokClient;
import io.vidtrack.tiktok.InvalidTikTokUrlException;
import io.vidtrack.tiktok.TikTokClient;
import io.vidtrack.tiktok.TikTokClientSettings;
import io.vidtrack.tiktok.TikTokUrl;
import io.vidtrack.tiktok.TikTokUrls;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Turns what a user pasted into the post it names. Every form {@link TikTokUrls} accepts works; a short link is
 * resolved by following its redirect, on TikTok or, when {@code vidtrack.api.tiktok.short-link-base-url} is set,
 * on that base URL (the simulator). Resolution is network I/O: callers do it before their transaction opens.
 */
@Component
public class PastedUrls implements DisposableBean {

	private static final String TIKTOK = "https://www.tiktok.com";

	// a bulk paste resolves its short links side by side, within the client's own per-host limit
	private static final int RESOLVE_CONCURRENCY = 8;

	private final ApiProperties.TikTok settings;

	private volatile @Nullable HttpTikTokClient client;

	public PastedUrls(ApiProperties properties) {
		this.settings = properties.tiktok();
	}

	public PastedUrl read(@Nullable String raw) {
		String pasted = (raw != null) ? raw : "";
		TikTokUrl url;
		try {
			url = TikTokUrls.parse(raw);
		}
		catch (InvalidTikTokUrlException ex) {
			return new PastedUrl.Invalid(pasted, ex.getMessage());
		}
		return switch (url) {
			case TikTokUrl.PostUrl post -> new PastedUrl.Post(pasted, post);
			case TikTokUrl.ProfileUrl profile -> new PastedUrl.Invalid(pasted,
					"a creator's profile, not a video: " + profile.canonical());
			case TikTokUrl.ShortLink link -> resolve(pasted, link);
		};
	}

	/** Reads every URL, resolving short links concurrently; the answer keeps the order of the input. */
	public List<PastedUrl> readAll(List<@Nullable String> raws) {
		List<Future<PastedUrl>> reads;
		try (ExecutorService pool = Executors.newFixedThreadPool(RESOLVE_CONCURRENCY, Thread.ofVirtual().factory())) {
			reads = raws.stream().map((raw) -> pool.submit(() -> read(raw))).toList();
		}
		// closing the pool waited for every read; a read never throws, short of a bug
		return reads.stream().map(Future::resultNow).toList();
	}

	private PastedUrl resolve(String pasted, TikTokUrl.ShortLink link) {
		if (!this.settings.resolveShortLinks()) {
			return new PastedUrl.Invalid(pasted,
					"short links cannot be resolved here; paste the video's full URL (" + link.canonical() + ")");
		}
		FetchResult<TikTokUrl.PostUrl> result = client().resolveShortLink(link);
		return switch (result) {
			case FetchResult.Ok<TikTokUrl.PostUrl> ok -> new PastedUrl.Post(pasted, ok.value());
			case FetchResult.Gone<TikTokUrl.PostUrl> gone -> new PastedUrl.Invalid(pasted,
					"short link " + link.canonical() + " leads to no video");
			default -> new PastedUrl.Invalid(pasted, "short link " + link.canonical()
					+ " could not be resolved now (" + result.outcome() + "); try again or paste the full URL");
		};
	}

	private TikTokClient client() {
		HttpTikTokClient current = this.client;
		if (current == null) {
			synchronized (this) {
				current = this.client;
				if (current == null) {
					current = new HttpTikTokClient(clientSettings());
					this.client = current;
				}
			}
		}
		return current;
	}

	// one attempt per hop: the user waits on it, and the timeout is theirs to bound
	private TikTokClientSettings clientSettings() {
		String base = this.settings.shortLinkBaseUrl().isBlank() ? TIKTOK : this.settings.shortLinkBaseUrl().strip();
		return TikTokClientSettings.defaults(URI.create(base))
			.withRequestTimeout(this.settings.timeout())
			.withRetries(1, Duration.ZERO, this.settings.timeout())
			.withRateLimit(20, RESOLVE_CONCURRENCY)
			.withBlockedCooldown(Duration.ofMinutes(1));
	}

	@Override
	public void destroy() {
		HttpTikTokClient current = this.client;
		if (current != null) {
			current.close();
		}
	}

}
