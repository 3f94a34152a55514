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
 * @param blockedCooldown how long every call answers {@code Blocked} without a request after a captcha,
 * verify or login wall, so a run stops instead of hammering
 */
public record TikTokClientSettings(URI baseUrl, String userAgent, @Nullable String proxy, double requestsPerSecond,
		int maxConcurrency, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration requestTimeout,
		Duration blockedCooldown) {

	static final Duration DEFAULT_BLOCKED_COOLDOWN = Duration.ofMinutes(5);

	public TikTokClientSettings {
		if (!(requestsPerSecond > 0)) {
			throw new IllegalArgumentException("requestsPerSecond must be positive: " + requestsPerSecond);
		}
		if (maxConcurrency < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("maxConcurrency and maxAttempts must be at least 1");
		}
		if (initialBackoff.isNegative() || maxBackoff.isNegative() || blockedCooldown.isNegative()
				|| !requestTimeout.isPositive()) {
			throw new IllegalArgumentException("durations must not be negative, and requestTimeout positive");
		}
	}

	/** The original shape, with the default blocked cool-down. */
	public TikTokClientSettings(URI baseUrl, String userAgent, @Nullable String proxy, double requestsPerSecond,
			int maxConcurrency, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration requestTimeout) {
		this(baseUrl, userAgent, proxy, requestsPerSecond, maxConcurrency, maxAttempts, initialBackoff, maxBackoff,
				requestTimeout, DEFAULT_BLOCKED_COOLDOWN);
	}

	public static TikTokClientSettings defaults(URI baseUrl) {
		return new TikTokClientSettings(baseUrl,
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
				null, 5.0, 16, 4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(20));
	}

	public TikTokClientSettings withRateLimit(double requestsPerSecond, int maxConcurrency) {
		return new TikTokClientSettings(baseUrl, userAgent, proxy, requestsPerSecond, maxConcurrency, maxAttempts,
				initialBackoff, maxBackoff, requestTimeout, blockedCooldown);
	}

	public TikTokClientSettings withRetries(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
		return new TikTokClientSettings(baseUrl, userAgent, proxy, requestsPerSecond, maxConcurrency, maxAttempts,
				initialBackoff, maxBackoff, requestTimeout, blockedCooldown);
	}

	public TikTokClientSettings withProxy(@Nullable String proxy) {
		return new TikTokClientSettings(baseUrl, userAgent, proxy, requestsPerSecond, maxConcurrency, maxAttempts,
				initialBackoff, maxBackoff, requestTimeout, blockedCooldown);
	}

	public TikTokClientSettings withRequestTimeout(Duration requestTimeout) {
		return new TikTokClientSettings(baseUrl, userAgent, proxy, requestsPerSecond, maxConcurrency, maxAttempts,
				initialBackoff, maxBackoff, requestTimeout, blockedCooldown);
	}

	public TikTokClientSettings withBlockedCooldown(Duration blockedCooldown) {
		return new TikTokClientSettings(baseUrl, userAgent, proxy, requestsPerSecond, maxConcurrency, maxAttempts,
				initialBackoff, maxBackoff, requestTimeout, blockedCooldown);
	}

}
