package io.vidtrack.tiktok.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.FetchResult.GoneReason;

/** Gives HTTP outcomes their TikTok meaning, as attempts the retry loop can judge. */
public final class Responses {

	private Responses() {
	}

	/** A page or listing: transport outcomes first, then the body through {@code parser}. */
	public static <T> Attempt<T> body(HttpOutcome outcome, Function<byte[], FetchResult<T>> parser, boolean page,
			Instant now, Duration defaultRetryAfter) {
		Attempt<T> transport = transport(outcome, now, defaultRetryAfter);
		if (transport != null) {
			return transport;
		}
		HttpOutcome.Response response = (HttpOutcome.Response) outcome;
		int status = response.status();
		if (status >= 200 && status < 300) {
			return Attempt.of(parser.apply(response.body()));
		}
		if (status == 404 || status == 410) {
			FetchResult<T> parsed = parser.apply(response.body());
			if (parsed instanceof FetchResult.Gone<T> || parsed instanceof FetchResult.Blocked<T>) {
				return Attempt.of(parsed);
			}
			// a missing page is a missing post or user; a missing API endpoint is a change on TikTok's side
			return Attempt.of(page ? new FetchResult.Gone<>(GoneReason.NOT_FOUND, status, "HTTP " + status)
					: new FetchResult.LayoutChanged<>("HTTP " + status + " from " + response.uri().getPath()));
		}
		if (response.isRedirect()) {
			return Attempt.of(new FetchResult.LayoutChanged<>("unexpected redirect to "
					+ Exchanges.location(response).map(Object::toString).orElse("nowhere")));
		}
		return Attempt.of(new FetchResult.LayoutChanged<>("unexpected HTTP " + status));
	}

	/**
	 * The outcomes that mean the same for every endpoint (refused, unreachable, login wall, 403, 429, 5xx), or
	 * null when the response itself has to be read.
	 */
	public static <T> @Nullable Attempt<T> transport(HttpOutcome outcome, Instant now, Duration defaultRetryAfter) {
		return switch (outcome) {
			case HttpOutcome.Refused refused -> Attempt.last(new FetchResult.Blocked<>(refused.reason()));
			case HttpOutcome.Interrupted interrupted -> Attempt.last(new FetchResult.Failed<>("interrupted"));
			case HttpOutcome.Unreachable unreachable -> Attempt.of(new FetchResult.Failed<>(unreachable.reason()));
			case HttpOutcome.TooLarge tooLarge -> Attempt.last(new FetchResult.LayoutChanged<>(tooLarge.reason()));
			case HttpOutcome.LoginWall wall -> Attempt.last(
					new FetchResult.Blocked<>("login wall: redirected to " + wall.location().getPath()));
			case HttpOutcome.Response response -> byStatus(response, now, defaultRetryAfter);
		};
	}

	private static <T> @Nullable Attempt<T> byStatus(HttpOutcome.Response response, Instant now,
			Duration defaultRetryAfter) {
		int status = response.status();
		Duration retryAfter = RetryAfter.parse(response.header("Retry-After").orElse(null), now);
		if (status == 429) {
			return Attempt.of(new FetchResult.RateLimited<>((retryAfter != null) ? retryAfter : defaultRetryAfter),
					retryAfter);
		}
		if (status >= 500) {
			return Attempt.of(new FetchResult.Failed<>("HTTP " + status), retryAfter);
		}
		if (status == 403) {
			return Attempt.last(new FetchResult.Blocked<>("HTTP 403 forbidden"));
		}
		return null;
	}

}
