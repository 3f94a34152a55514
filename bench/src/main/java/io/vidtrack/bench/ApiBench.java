package io.vidtrack.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.vidtrack.api.auth.ApiKeys;
import io.vidtrack.api.web.Cursor;
import io.vidtrack.bench.ApiBenchSeed.Shape;
import io.vidtrack.bench.LoadGenerator.Latencies;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./vidtrack bench api}: the query API on {@code videos} videos with 30 days of snapshots each, read by
 * closed-loop clients (project totals, a 30-day project series, a video list page at random positions), next to
 * the same totals and series computed on demand by SQL {@code GROUP BY} over the snapshots. The last line:
 * {@code totals_p99_ms=<n> series_p99_ms=<n> list_p99_ms=<n> speedup_vs_sql=<n>}, where the speedup is the SQL
 * median over the API's p99 (the slower of totals and series), so it flatters nothing.
 */
final class ApiBench {

	private static final int CLIENTS = 4;

	private static final int WARMUP = 500;

	private static final int REQUESTS = 3000;

	void run(long videos) throws Exception {
		Shape shape = new Shape(10, 100, (int) Math.max(1, videos / 1000), 30);
		try (BenchDatabase database = BenchDatabase.start()) {
			JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
			long started = System.nanoTime();
			long org = new ApiBenchSeed(jdbc, shape).seed();
			System.out.printf("seeded %,d videos, %,d snapshots in %.0f s%n", shape.videos(),
					jdbc.queryForObject("select count(*) from stats_snapshots", Long.class),
					(System.nanoTime() - started) / 1e9);
			List<Long> projects = jdbc.queryForList("select id from projects where org_id = ? order by id", Long.class,
					org);
			Map<String, Object> range = jdbc.queryForMap("select min(id) as low, max(id) as high from videos");
			long low = ((Number) range.get("low")).longValue();
			long high = ((Number) range.get("high")).longValue();
			LocalDate to = LocalDate.now(ZoneOffset.UTC);
			LocalDate from = to.minusDays(29);
			Path log = Files.createTempFile("bench-query-api", ".log");
			Result result;
			try (ApiProcess api = ApiProcess.start(database.jdbcUrl(),
					Map.of("VIDTRACK_API_LIMITS_REQUESTSPERMINUTE", "100000000"), log)) {
				LoadGenerator load = new LoadGenerator(api.baseUrl(), keys(jdbc, org));
				SplittableRandom random = new SplittableRandom(42);
				String series = "/api/v1/analytics?entity=project&metric=views&mode=cumulative&from=" + from + "&to="
						+ to + "&entity_id=";
				List<Latencies> runs = new ArrayList<>();
				for (int count : List.of(WARMUP, REQUESTS)) {
					runs.clear();
					runs.add(load.run(count, (i) -> "/api/v1/projects/" + projects.get(i % projects.size())));
					runs.add(load.run(count, (i) -> series + projects.get(i % projects.size())));
					runs.add(load.run(count, (i) -> "/api/v1/videos?limit=50&project_id="
							+ projects.get(i % projects.size()) + "&cursor=" + Cursor.encode(
									Long.toString(random.nextLong(low, high)))));
				}
				result = new Result(runs.get(0), runs.get(1), runs.get(2));
			}
			SqlBaseline sql = new SqlBaseline(jdbc);
			double sqlTotals = sql.totalsMedianMs(projects.getFirst(), 5);
			double sqlSeries = sql.seriesMedianMs(projects.getFirst(), from, to, 5);
			print(result, sqlTotals, sqlSeries, shape);
		}
	}

	private static void print(Result result, double sqlTotals, double sqlSeries, Shape shape) {
		System.out.printf("%-28s %10s %10s %14s%n", "read (" + CLIENTS + " clients)", "p50 ms", "p99 ms",
				"SQL median ms");
		System.out.printf("%-28s %10.2f %10.2f %14.1f%n", "project totals", result.totals().percentileMs(50),
				result.totals().percentileMs(99), sqlTotals);
		System.out.printf("%-28s %10.2f %10.2f %14.1f%n", "30-day project series", result.series().percentileMs(50),
				result.series().percentileMs(99), sqlSeries);
		System.out.printf("%-28s %10.2f %10.2f %14s%n", "video list page (50)", result.list().percentileMs(50),
				result.list().percentileMs(99), "-");
		double speedup = Math.min(sqlTotals / result.totals().percentileMs(99),
				sqlSeries / result.series().percentileMs(99));
		System.out.printf("(%,d videos in %d projects; %d requests per read after %d warm-up)%n", shape.videos(),
				shape.projects(), REQUESTS, WARMUP);
		System.out.printf("totals_p99_ms=%.2f series_p99_ms=%.2f list_p99_ms=%.2f speedup_vs_sql=%.0f%n",
				result.totals().percentileMs(99), result.series().percentileMs(99), result.list().percentileMs(99),
				speedup);
	}

	// one read key per client, as separate scripts would hold
	private static List<String> keys(JdbcTemplate jdbc, long org) {
		SecureRandom random = new SecureRandom();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			String key = "tga_" + HexFormat.of().formatHex(bytes);
			jdbc.update("insert into api_keys (org_id, name, key_hash, key_prefix, scopes) values (?, 'bench', ?, ?, "
					+ "array['read'])", org, ApiKeys.sha256(key), key.substring(0, 12));
			keys.add(key);
		}
		return keys;
	}

	private record Result(Latencies totals, Latencies series, Latencies list) {
	}

}
