package io.vidtrack.tiktok.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import io.vidtrack.tiktok.FetchResult;

/**
 * One try at an endpoint: what it came to, whether another try may change that, and how long the server asked
 * us to wait first ({@code Retry-After}).
 */
public record Attempt<T>(FetchResult<T> result, boolean retryable, @Nullable Duration retryAfter) {

	/** Transient outcomes (rate limited, failed) are worth another try; the rest are final. */
	public static <T> Attempt<T> of(FetchResult<T> result) {
		return of(result, null);
	}

	static <T> Attempt<T> of(FetchResult<T> result, @Nullable Duration retryAfter) {
		boolean retryable = result instanceof FetchResult.RateLimited<T> || result instanceof FetchResult.Failed<T>;
		return new Attempt<>(result, retryable, retryAfter);
	}

	static <T> Attempt<T> last(FetchResult<T> result) {
		return new Attempt<>(result, false, null);
	}

}
