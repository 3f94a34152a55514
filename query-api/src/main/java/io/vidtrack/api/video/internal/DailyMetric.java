package io.vidtrack.api.video.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The derived per-day series of one video, from its snapshots. The counts at the end of a day are the last
 * snapshot at or before it. A day's gains are its end counts less the previous day's; the first snapshot ever
 * (the baseline) gains nothing, so before the baseline nothing is gained and on its day only what later
 * snapshots of that day add to it, the same rule as the stream processor's daily aggregates.
 */
public enum DailyMetric {

	/** Gained likes + comments + shares + saves over gained views, in percent; null when no views were gained. */
	ENGAGEMENT_RATE_BY_VIEWS("engagement_rate_by_views"),

	/** Day-over-day change of the views at the end of each day, in percent; null when the day before had none. */
	GROWTH_RATE_POP("growth_rate_pop");

	private final String key;

	DailyMetric(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static Optional<DailyMetric> named(String key) {
		return Arrays.stream(values()).filter((metric) -> metric.key.equals(key)).findFirst();
	}

	/**
	 * One value per day of {@code days} (consecutive, oldest first).
	 * @param before the last snapshot before the first day, or null when the video has none: then the first of
	 * {@code inRange} is its baseline
	 * @param inRange the snapshots captured on the days, in capture order
	 */
	public List<@Nullable Double> series(List<LocalDate> days, @Nullable Counts before, List<DatedCounts> inRange) {
		Counts baseline = (before == null && !inRange.isEmpty()) ? inRange.getFirst().counts() : null;
		List<@Nullable Double> values = new ArrayList<>(days.size());
		Counts previousEnd = before;
		int next = 0;
		for (LocalDate day : days) {
			Counts end = previousEnd;
			while (next < inRange.size() && !inRange.get(next).day().isAfter(day)) {
				end = inRange.get(next++).counts();
			}
			values.add(value(previousEnd, end, baseline));
			previousEnd = end;
		}
		return values;
	}

	private @Nullable Double value(@Nullable Counts previousEnd, @Nullable Counts end, @Nullable Counts baseline) {
		return switch (this) {
			case ENGAGEMENT_RATE_BY_VIEWS -> engagementRate(gains(previousEnd, end, baseline));
			case GROWTH_RATE_POP -> (previousEnd == null || end == null || previousEnd.views() == 0) ? null
					: percent(end.views() - previousEnd.views(), previousEnd.views());
		};
	}

	static Counts gains(@Nullable Counts previousEnd, @Nullable Counts end, @Nullable Counts baseline) {
		if (end == null) {
			return Counts.ZERO;
		}
		Counts start = (previousEnd != null) ? previousEnd : baseline;
		return (start != null) ? end.minus(start) : Counts.ZERO;
	}

	private static @Nullable Double engagementRate(Counts gained) {
		return (gained.views() == 0) ? null : percent(gained.engagements(), gained.views());
	}

	private static double percent(long part, long whole) {
		return part * 100.0 / whole;
	}

}
