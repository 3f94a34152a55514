package io.vidtrack.api.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.vidtrack.api.analytics.SeriesMath.Point;
import org.jspecify.annotations.Nullable;

/** The {@code data} of {@code GET /api/v1/analytics}: one point per day of the range in the org's time zone. */
record SeriesView(String entity, long entityId, String metric, String mode, LocalDate from, LocalDate to,
		List<Point> series) {

	/** {@code date,value} lines, one per day; an undefined rate is an empty value. */
	String csv() {
		StringBuilder csv = new StringBuilder("date,value\n");
		for (Point point : this.series) {
			csv.append(point.date()).append(',').append(format(point.value())).append('\n');
		}
		return csv.toString();
	}

	private static String format(@Nullable Number value) {
		if (value == null) {
			return "";
		}
		// plain digits, never 1.0E7: spreadsheets read both, but scripts splitting text should not have to
		return (value instanceof Double rate) ? BigDecimal.valueOf(rate).toPlainString() : value.toString();
	}

}
