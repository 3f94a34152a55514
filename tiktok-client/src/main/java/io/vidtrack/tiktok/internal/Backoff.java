package io.vidtrack.tiktok.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;

/**
 * The wait before retry {@code n}: exponential from {@code initial}, with equal jitter so that a crowd of
 * virtual threads failing together does not come back together, stretched to the server's {@code Retry-After}
 * and capped at {@code max} either way.
 */
public final class Backoff implements IntervalBiFunction<Attempt<?>> {

	private final long initialMillis;

	private final long maxMillis;

	public Backoff(Duration initial, Duration max) {
		this.initialMillis = initial.toMillis();
		this.maxMillis = max.toMillis();
	}

	@Override
	public Long apply(Integer retry, Either<Throwable, Attempt<?>> outcome) {
		long exponential = initialMillis << Math.min(Math.max(retry - 1, 0), 20);
		long base = Math.min(Math.max(exponential, 0), maxMillis);
		long wait = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
		if (outcome.isRight() && outcome.get().retryAfter() != null) {
			wait = Math.max(wait, outcome.get().retryAfter().toMillis());
		}
		return Math.min(wait, maxMillis);
	}

}
