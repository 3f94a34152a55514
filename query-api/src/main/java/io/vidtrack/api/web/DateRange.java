package io.vidtrack.api.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.vidtrack.api.plan.Plan;
import org.jspecify.annotations.Nullable;

/**
 * A {@code from} / {@code to} range of days (YYYY-MM-DD, both included) in the org's time zone. Without them:
 * the last 30 days up to today. A {@code from} older than the plan's retention is refused with 402
 * {@code retention_exceeded}: the history before it may have been pruned.
 */
public record DateRange(LocalDate from, LocalDate to) {

	public static final int DEFAULT_DAYS = 30;

	// ten years of days: a bound on one series, so a typo cannot ask for a million points
	public static final int MAX_DAYS = 3660;

	public static DateRange of(@Nullable String from, @Nullable String to, ZoneId zone, Plan plan) {
		LocalDate today = LocalDate.now(zone);
		LocalDate end = (to == null || to.isBlank()) ? today : parse("to", to);
		LocalDate start = (from == null || from.isBlank()) ? end.minusDays(DEFAULT_DAYS - 1) : parse("from", from);
		if (start.isAfter(end)) {
			throw ApiException.invalidQuery("from must not be after to");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw ApiException.invalidQuery("a range may span at most " + MAX_DAYS + " days");
		}
		Integer retention = plan.statsHistoryRetentionDays();
		if (retention != null && start.isBefore(today.minusDays(retention - 1))) {
			throw ApiException.retentionExceeded(retention);
		}
		return new DateRange(start, end);
	}

	private static LocalDate parse(String name, String value) {
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw ApiException.invalidQuery(name + " must be a date as YYYY-MM-DD");
		}
	}

	/** The days of the range, oldest first. */
	public java.util.List<LocalDate> days() {
		return this.from.datesUntil(this.to.plusDays(1)).toList();
	}

}
