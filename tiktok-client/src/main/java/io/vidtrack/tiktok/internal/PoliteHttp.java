package io.vidtrack.tiktok.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests the polite way: one rate limit per host shared by every caller, at most {@code maxConcurrency}
 * in flight, nothing at all while the blocked breaker is open. Safe for any number of virtual threads.
 */
public final class PoliteHttp implements AutoCloseable {

	// a caller waits at most this long per try for its slot, then looks at the breaker again before queueing on
	private static final Duration BREAKER_CHECK = Duration.ofSeconds(1);

	private final UrlConnectionTransport transport;

	private final int maxConcurrency;

	private final RateLimiterConfig rateLimit;

	private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

	private final Semaphore inFlight;

	private final BlockedBreaker breaker;

	private final Clock clock;

	private final Runnable onSend;

	public PoliteHttp(Settings settings, BlockedBreaker breaker, Clock clock, Runnable onSend) {
		this.transport = new UrlConnectionTransport(
				(settings.proxy() != null) ? proxyAddress(settings.proxy()) : null, settings.timeout());
		this.maxConcurrency = settings.maxConcurrency();
		this.rateLimit = rateLimit(settings.requestsPerSecond());
		this.inFlight = new Semaphore(settings.maxConcurrency(), true);
		this.breaker = breaker;
		this.clock = clock;
		this.onSend = onSend;
	}

	/** The knobs this class needs, so it does not depend on the public settings type. */
	public record Settings(@Nullable String proxy, double requestsPerSecond, int maxConcurrency, Duration timeout) {
	}

	public HttpOutcome send(HttpRequest request) {
		String refusal = breaker.refusal(clock.instant());
		if (refusal != null) {
			return new HttpOutcome.Refused(refusal);
		}
		RateLimiter limiter = limiters.computeIfAbsent(request.uri().getHost().toLowerCase(Locale.ROOT),
				(host) -> RateLimiter.of(host, rateLimit));
		boolean permitted;
		do {
			permitted = limiter.acquirePermission();
			if (Thread.currentThread().isInterrupted()) {
				return new HttpOutcome.Interrupted();
			}
			// another thread may have hit a wall while this one waited for its slot
			refusal = breaker.refusal(clock.instant());
			if (refusal != null) {
				return new HttpOutcome.Refused(refusal);
			}
		}
		while (!permitted);
		try {
			inFlight.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new HttpOutcome.Interrupted();
		}
		try {
			onSend.run();
			return transport.send(request);
		}
		catch (SocketTimeoutException ex) {
			return new HttpOutcome.Unreachable("timed out: " + request.uri().getPath());
		}
		catch (BodyTooLargeException ex) {
			return new HttpOutcome.TooLarge(ex.getMessage());
		}
		catch (IOException ex) {
			// an interrupted virtual thread's socket is closed under it
			if (Thread.currentThread().isInterrupted()) {
				return new HttpOutcome.Interrupted();
			}
			return new HttpOutcome.Unreachable(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		finally {
			inFlight.release();
		}
	}

	// One permit per period spreads requests evenly instead of letting a burst out at each period start. A try
	// reserves a slot only within its timeout, so a crowd of callers wakes up regularly instead of sleeping
	// through a wall until a slot minutes away; a timeout of at least one period lets every try reserve on an
	// idle limiter.
	private static RateLimiterConfig rateLimit(double requestsPerSecond) {
		Duration period = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000 / requestsPerSecond)));
		return RateLimiterConfig.custom()
			.limitForPeriod(1)
			.limitRefreshPeriod(period)
			.timeoutDuration((period.compareTo(BREAKER_CHECK) > 0) ? period : BREAKER_CHECK)
			.build();
	}

	private static InetSocketAddress proxyAddress(String proxy) {
		URI uri = URI.create("http://" + proxy.strip());
		if (uri.getHost() == null || uri.getPort() < 0) {
			throw new IllegalArgumentException("proxy must be host:port, got " + proxy);
		}
		return InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort());
	}

	/** Lets requests in flight finish for a moment, then cuts them off rather than hang a shutdown. */
	@Override
	public void close() {
		try {
			if (inFlight.tryAcquire(maxConcurrency, 1, TimeUnit.SECONDS)) {
				inFlight.release(maxConcurrency);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		transport.close();
	}

}
