package io.vidtrack.api.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The UTC day the plan's daily limits (API requests, manual refreshes) count in, and when it ends. */
public final class UtcDay {

	private UtcDay() {
	}

	public static LocalDate of(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

	/** Seconds until the limits reset at 00:00 UTC, at least 1: what a 429's {@code retryAfter} says. */
	public static long secondsUntilEnd(Instant now) {
		Instant midnight = of(now).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return Math.max(1, Duration.between(now, midnight).toSeconds());
	}

}
