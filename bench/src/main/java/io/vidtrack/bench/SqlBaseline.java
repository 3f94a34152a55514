package io.vidtrack.bench;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The answers the API serves from aggregates, computed instead on demand with {@code GROUP BY} over the
 * snapshots: what a system without the stream processor would run per request. Each query runs a few times,
 * warm, and the median is kept.
 */
final class SqlBaseline {

	// the latest snapshot of each counted video of the project, summed
	private static final String TOTALS = """
			select count(*), sum(coalesce(views, 0)), sum(likes), sum(comments), sum(shares), sum(saves)
			from (select distinct on (s.video_id) s.* from stats_snapshots s join videos v on v.id = s.video_id
				where v.project_id = ? and v.counted order by s.video_id, s.captured_at desc) latest""";

	// what the project's counted videos gained each day of the range (baselines gain 0), as the series shows
	private static final String SERIES = """
			select day, sum(views - coalesce(prev, views)) from (
				select (s.captured_at at time zone 'UTC')::date as day, s.views,
					lag(s.views) over (partition by s.video_id order by s.captured_at) as prev
				from stats_snapshots s join videos v on v.id = s.video_id
				where v.project_id = ? and v.counted) gains
			where day between ? and ? group by day order by day""";

	private final JdbcTemplate jdbc;

	SqlBaseline(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	double totalsMedianMs(long projectId, int runs) {
		return median(runs, () -> this.jdbc.queryForList(TOTALS, projectId));
	}

	double seriesMedianMs(long projectId, LocalDate from, LocalDate to, int runs) {
		return median(runs, () -> this.jdbc.queryForList(SERIES, projectId, from, to));
	}

	private static double median(int runs, Runnable query) {
		query.run();
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			query.run();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return ms[runs / 2];
	}

}
