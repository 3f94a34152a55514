package io.vidtrack.api.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The series arithmetic, free of Spring and SQL. The running total starts from everything before the range, so a
 * cumulative series is exact from its first point; days without a row add nothing (zero-filled).
 * <ul>
 * <li>counts: {@code new} = gained that day; {@code cumulative} = running sum of gained + baseline;</li>
 * <li>engagement_rate_by_views = (likes + comments + shares + saves) / views × 100 over the day's gains
 * ({@code new}) or over the running totals ({@code cumulative}); null when views are 0;</li>
 * <li>growth_rate_pop[d] = (v[d] − v[d−1]) / v[d−1] × 100 with v the cumulative views, in both modes; null when
 * v[d−1] is 0.</li>
 * </ul>
 */
final class SeriesMath {

	private SeriesMath() {
	}

	/**
	 * @param before the sum of gained + baseline of every day before the range
	 * @param rows the days of the range that have a row
	 */
	static List<Point> series(Metric metric, Mode mode, List<LocalDate> days, Counts before,
			Map<LocalDate, Day> rows) {
		List<Point> points = new ArrayList<>(days.size());
		Counts running = before;
		for (LocalDate date : days) {
			Day day = rows.getOrDefault(date, Day.EMPTY);
			long viewsBefore = running.views();
			running = running.plus(day.total());
			Counts counts = (mode == Mode.NEW) ? day.gained() : running;
			Number value = switch (metric) {
				case ENGAGEMENT_RATE_BY_VIEWS -> engagementRate(counts);
				case GROWTH_RATE_POP -> growthRate(viewsBefore, running.views());
				default -> metric.count(counts);
			};
			points.add(new Point(date, value));
		}
		return points;
	}

	static @Nullable Double engagementRate(Counts counts) {
		return (counts.views() == 0) ? null : counts.engagements() * 100.0 / counts.views();
	}

	static @Nullable Double growthRate(long previous, long current) {
		return (previous == 0) ? null : (current - previous) * 100.0 / previous;
	}

	/** One point of a series; {@code value} is null where a rate is undefined. */
	record Point(LocalDate date, @Nullable Number value) {
	}

}
