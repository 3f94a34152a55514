package io.vidtrack.tiktok;

import java.time.Duration;

/**
 * What one fetch came to. Callers switch over it: {@link Ok} carries the parsed value, {@link Gone} means
 * the post or account is deleted, private or missing (keep history, mark it), {@link LayoutChanged} means
 * the page arrived but not in a shape we know (skip and record), {@link RateLimited} and {@link Failed} are
 * transient failures that survived every retry, and {@link Blocked} is a captcha or verify wall: stop the
 * run instead of hammering.
 */
public sealed interface FetchResult<T> {

	record Ok<T>(T value) implements FetchResult<T> {
	}

	record Gone<T>(GoneReason reason, int statusCode, String statusMessage) implements FetchResult<T> {
	}

	record LayoutChanged<T>(String reason) implements FetchResult<T> {
	}

	record RateLimited<T>(Duration retryAfter) implements FetchResult<T> {
	}

	record Failed<T>(String reason) implements FetchResult<T> {
	}

	record Blocked<T>(String reason) implements FetchResult<T> {
	}

	enum GoneReason {

		NOT_FOUND, DELETED, PRIVATE, UNAVAILABLE

	}

	/** The outcome's name for logs, metrics and the failure record: ok, gone, layout_changed, … */
	default String outcome() {
		return switch (this) {
			case Ok<T> ok -> "ok";
			case Gone<T> gone -> "gone";
			case LayoutChanged<T> changed -> "layout_changed";
			case RateLimited<T> limited -> "rate_limited";
			case Failed<T> failed -> "failed";
			case Blocked<T> blocked -> "blocked";
		};
	}

}
