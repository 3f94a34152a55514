package io.vidtrack.api.video;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A derived metric of one video: one point per day of the range, in the org's time zone. */
record MetricSeries(long videoId, String metric, LocalDate from, LocalDate to, List<Point> series) {

	/** {@code value} is null where the metric is undefined (nothing to divide by). */
	record Point(LocalDate date, @Nullable Double value) {
	}

}
