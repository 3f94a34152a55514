package io.vidtrack.api.video.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DailyMetricTests {

	private static final LocalDate D1 = LocalDate.parse("2026-05-01");

	private static final List<LocalDate> FOUR_DAYS = List.of(D1, D1.plusDays(1), D1.plusDays(2), D1.plusDays(3));

	@Test
	void aBaselineAloneGainsNothingSoItsDayHasNoEngagementRate() {
		List<Double> values = DailyMetric.ENGAGEMENT_RATE_BY_VIEWS.series(FOUR_DAYS, null,
				List.of(at(D1.plusDays(1), 1000, 100, 10, 10, 10)));

		assertThat(values).containsExactly(null, null, null, null);
	}

	@Test
	void theEngagementRateDividesGainedEngagementByGainedViews() {
		// given a baseline, then gains of 200 views and 10 + 5 + 3 + 2 engagements, then nothing
		List<DatedCounts> snapshots = List.of(at(D1, 1000, 100, 10, 10, 10), at(D1.plusDays(1), 1100, 105, 10, 10, 10),
				at(D1.plusDays(1), 1200, 110, 15, 13, 12));

		// when
		List<Double> values = DailyMetric.ENGAGEMENT_RATE_BY_VIEWS.series(FOUR_DAYS, null, snapshots);

		// then
		assertThat(values).containsExactly(null, 10.0, null, null);
	}

	@Test
	void laterCapturesOnTheBaselineDayGainFromTheBaseline() {
		List<Double> values = DailyMetric.ENGAGEMENT_RATE_BY_VIEWS.series(List.of(D1), null,
				List.of(at(D1, 1000, 100, 0, 0, 0), at(D1, 1400, 120, 0, 0, 0)));

		assertThat(values).containsExactly(5.0);
	}

	@Test
	void aSnapshotBeforeTheRangeIsWhereItsFirstDayGainsFrom() {
		Counts before = new Counts(1000, 100, 0, 0, 0);

		List<Double> engagement = DailyMetric.ENGAGEMENT_RATE_BY_VIEWS.series(List.of(D1), before,
				List.of(at(D1, 1500, 150, 0, 0, 0)));
		List<Double> growth = DailyMetric.GROWTH_RATE_POP.series(List.of(D1), before,
				List.of(at(D1, 1500, 150, 0, 0, 0)));

		assertThat(engagement).containsExactly(10.0);
		assertThat(growth).containsExactly(50.0);
	}

	@Test
	void theGrowthRateIsUnknownWithoutAPreviousDayAndZeroWithoutACapture() {
		// given captures on the first and third days only
		List<DatedCounts> snapshots = List.of(at(D1, 200, 0, 0, 0, 0), at(D1.plusDays(2), 300, 0, 0, 0, 0));

		// when
		List<Double> values = DailyMetric.GROWTH_RATE_POP.series(FOUR_DAYS, null, snapshots);

		// then the second day carries the first's views forward
		assertThat(values).containsExactly(null, 0.0, 50.0, 0.0);
	}

	@Test
	void theGrowthRateIsNullAfterADayOfZeroViews() {
		List<Double> values = DailyMetric.GROWTH_RATE_POP.series(List.of(D1, D1.plusDays(1)), null,
				List.of(at(D1, 0, 5, 0, 0, 0), at(D1.plusDays(1), 10, 5, 0, 0, 0)));

		assertThat(values).containsExactly(null, null);
	}

	@Test
	void fallingCountsGiveNegativeValues() {
		List<Double> growth = DailyMetric.GROWTH_RATE_POP.series(List.of(D1), new Counts(200, 10, 0, 0, 0),
				List.of(at(D1, 150, 10, 0, 0, 0)));
		List<Double> engagement = DailyMetric.ENGAGEMENT_RATE_BY_VIEWS.series(List.of(D1),
				new Counts(200, 10, 0, 0, 0), List.of(at(D1, 300, 8, 0, 0, 0)));

		assertThat(growth).containsExactly(-25.0);
		assertThat(engagement).containsExactly(-2.0);
	}

	@Test
	void noSnapshotsAtAllGiveNoValues() {
		assertThat(DailyMetric.ENGAGEMENT_RATE_BY_VIEWS.series(FOUR_DAYS, null, List.of())).hasSize(4)
			.containsOnlyNulls();
		assertThat(DailyMetric.GROWTH_RATE_POP.series(FOUR_DAYS, null, List.of())).hasSize(4).containsOnlyNulls();
	}

	@Test
	void metricsAreNamedAsTheApiNamesThem() {
		assertThat(DailyMetric.named("engagement_rate_by_views")).contains(DailyMetric.ENGAGEMENT_RATE_BY_VIEWS);
		assertThat(DailyMetric.named("growth_rate_pop")).contains(DailyMetric.GROWTH_RATE_POP);
		assertThat(DailyMetric.named("views")).isEmpty();
	}

	private static DatedCounts at(LocalDate day, long views, long likes, long comments, long shares, long saves) {
		return new DatedCounts(day, new Counts(views, likes, comments, shares, saves));
	}

}
