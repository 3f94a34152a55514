package io.vidtrack.tiktok;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How to reach TikTok politely. {@code baseUrl} is https://www.tiktok.com in production and the
 * simulator's address locally; short links are then resolved through {@code baseUrl + /t/CODE}.
 *
 * @param requestsPerSecond per-host rate limit shared by every concurrent fetch
 * @param maxConcurrency fetches in flight at once (virtual threads wait beyond it)
 * @param maxAttempts attempts per request for transient failures (timeouts, 5xx, 429)
 * @param proxy optional {@code host:port} HTTP proxy
 */
public record TikTokClientSettings(URI baseUrl, String userAgent, @Nullable String proxy, double requestsPerSecond,
		int maxConcurrency, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration requestTimeout) {

	public static TikTokClientSettings defaults(URI baseUrl) {
		return new TikTokClientSettings(baseUrl,
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
				null, 5.0, 16, 4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(20));
	}

}
