package io.vidtrack.api.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.analytics.SeriesMath.Point;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The series arithmetic alone, without Spring or a database. */
class AnalyticsSeriesMathTests {

	private static final LocalDate D1 = LocalDate.parse("2026-01-01");

	private static final List<LocalDate> FOUR_DAYS = List.of(D1, D1.plusDays(1), D1.plusDays(2), D1.plusDays(3));

	@Test
	void newModeIsEachDaysGainAndZeroOnDaysWithoutARow() {
		// given gains on the first and third day, and a baseline on the first that new mode ignores
		Map<LocalDate, Day> rows = Map.of(D1, day(views(10), views(500)), D1.plusDays(2), day(views(5), Counts.ZERO));

		// when
		List<Point> points = SeriesMath.series(Metric.VIEWS, Mode.NEW, FOUR_DAYS, views(1000), rows);

		// then
		assertThat(values(points)).containsExactly(10L, 0L, 5L, 0L);
		assertThat(points).extracting(Point::date).containsExactlyElementsOf(FOUR_DAYS);
	}

	@Test
	void cumulativeModeStartsFromEverythingBeforeTheRangeAndAddsBaselines() {
		Map<LocalDate, Day> rows = Map.of(D1, day(views(10), views(500)), D1.plusDays(2), day(views(5), Counts.ZERO));

		List<Point> points = SeriesMath.series(Metric.VIEWS, Mode.CUMULATIVE, FOUR_DAYS, views(1000), rows);

		assertThat(values(points)).containsExactly(1510L, 1510L, 1515L, 1515L);
	}

	@Test
	void engagementRateIsOverTheDaysGainsInNewModeAndOverTheTotalsInCumulativeMode() {
		// given day 1 gains 200 views and 10 likes + 2 comments + 4 shares + 4 saves; day 2 gains likes only
		Map<LocalDate, Day> rows = Map.of(D1, day(new Counts(0, 200, 10, 2, 4, 4), Counts.ZERO), D1.plusDays(1),
				day(new Counts(0, 0, 30, 0, 0, 0), Counts.ZERO));
		Counts before = new Counts(0, 800, 0, 0, 0, 0);

		// when
		List<Point> fresh = SeriesMath.series(Metric.ENGAGEMENT_RATE_BY_VIEWS, Mode.NEW, FOUR_DAYS, before, rows);
		List<Point> total = SeriesMath.series(Metric.ENGAGEMENT_RATE_BY_VIEWS, Mode.CUMULATIVE, FOUR_DAYS, before,
				rows);

		// then
		assertThat(values(fresh)).containsExactly(10.0, null, null, null);
		assertThat(values(total)).containsExactly(2.0, 5.0, 5.0, 5.0);
	}

	@Test
	void growthRateComparesCumulativeViewsWithThePreviousDayAndIsNullAfterZero() {
		// given no views before the range, a baseline of 100 on day 1, +50 on day 2, +30 on day 4
		Map<LocalDate, Day> rows = Map.of(D1, day(Counts.ZERO, views(100)), D1.plusDays(1), day(views(50), Counts.ZERO),
				D1.plusDays(3), day(views(30), Counts.ZERO));

		// when
		List<Point> fresh = SeriesMath.series(Metric.GROWTH_RATE_POP, Mode.NEW, FOUR_DAYS, Counts.ZERO, rows);
		List<Point> total = SeriesMath.series(Metric.GROWTH_RATE_POP, Mode.CUMULATIVE, FOUR_DAYS, Counts.ZERO, rows);

		// then
		assertThat(values(fresh)).containsExactly(null, 50.0, 0.0, 20.0);
		assertThat(values(total)).isEqualTo(values(fresh));
	}

	@Test
	void postsAreCountedOnTheirDayAndRunningInCumulativeMode() {
		Map<LocalDate, Day> rows = Map.of(D1.plusDays(1), day(new Counts(2, 0, 0, 0, 0, 0), Counts.ZERO));

		assertThat(values(SeriesMath.series(Metric.VIDEOS, Mode.NEW, FOUR_DAYS, new Counts(3, 0, 0, 0, 0, 0), rows)))
			.containsExactly(0L, 2L, 0L, 0L);
		assertThat(values(
				SeriesMath.series(Metric.VIDEOS, Mode.CUMULATIVE, FOUR_DAYS, new Counts(3, 0, 0, 0, 0, 0), rows)))
			.containsExactly(3L, 5L, 5L, 5L);
	}

	@Test
	void aVideosSnapshotsBecomeDaysInTheOrgsZoneWithTheFirstAsItsBaseline() {
		// given a video in New York whose first snapshot is on Jan 2, and one at 23:30 local on Jan 3
		ZoneId zone = ZoneId.of("America/New_York");
		VideoDays days = new VideoDays(zone, D1, null);
		days.posted(Instant.parse("2026-01-02T05:00:00Z"));

		// when
		days.snapshot(Instant.parse("2026-01-02T15:00:00Z"), views(100));
		days.snapshot(Instant.parse("2026-01-02T20:00:00Z"), views(120));
		days.snapshot(Instant.parse("2026-01-04T04:30:00Z"), views(150));

		// then the baseline gains 0, a later snapshot of its day gains, and 23:30 local belongs to Jan 3
		List<Point> fresh = SeriesMath.series(Metric.VIEWS, Mode.NEW, FOUR_DAYS, days.before(), days.days());
		List<Point> total = SeriesMath.series(Metric.VIEWS, Mode.CUMULATIVE, FOUR_DAYS, days.before(), days.days());
		List<Point> posts = SeriesMath.series(Metric.VIDEOS, Mode.CUMULATIVE, FOUR_DAYS, days.before(), days.days());
		assertThat(values(fresh)).containsExactly(0L, 20L, 30L, 0L);
		assertThat(values(total)).containsExactly(0L, 120L, 150L, 150L);
		assertThat(values(posts)).containsExactly(0L, 1L, 1L, 1L);
	}

	@Test
	void aVideosAnchorBeforeTheRangeIsWhereItsGainsStart() {
		VideoDays days = new VideoDays(ZoneId.of("UTC"), D1, views(1000));
		days.posted(Instant.parse("2025-12-01T00:00:00Z"));
		days.snapshot(Instant.parse("2026-01-01T08:00:00Z"), views(1100));

		List<Point> total = SeriesMath.series(Metric.VIEWS, Mode.CUMULATIVE, FOUR_DAYS, days.before(), days.days());
		List<Point> fresh = SeriesMath.series(Metric.VIEWS, Mode.NEW, FOUR_DAYS, days.before(), days.days());

		assertThat(values(fresh)).containsExactly(100L, 0L, 0L, 0L);
		assertThat(values(total)).containsExactly(1100L, 1100L, 1100L, 1100L);
		assertThat(days.before().videos()).isEqualTo(1);
	}

	private static Counts views(long views) {
		return new Counts(0, views, 0, 0, 0, 0);
	}

	private static Day day(Counts gained, Counts baseline) {
		return new Day(gained, baseline);
	}

	private static List<Object> values(List<Point> points) {
		return points.stream().map((point) -> (Object) point.value()).toList();
	}

}
