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
import java.util.Optional;
import java.util.SplittableRandom;

import io.vidtrack.api.auth.ApiKeys;
import io.vidtrack.api.web.Cursor;
import io.vidtrack.bench.ApiBenchSeed.Shape;
import io.vidtrack.bench.LoadGenerator.Latencies;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./vidtrack bench api}: the query API on {@code videos} videos with 30 days of snapshots each, read by
 * closed-loop clients (project totals, a 30-day project series, a video list page at random positions), next to
 * the same totals and series computed on demand by SQL {@code GROUP BY} over the snapshots. The last line:
 * {@code totals_p99_ms=<n> series_p99_ms=<n> list_p99_ms=<n> speedup_vs_sql=<n>}, where the speedup is the SQL
 * median over the API's p99 (the slower of totals and series), so it flatters nothing.
 */
final class ApiBench {

	// closed-loop client counts: one shows the service time, four the same reads under load on two cores
	private static final List<Integer> CLIENTS = List.of(1, 4);

	// enough for the API's JIT to settle (C2 compiles after ~10k calls); figures before that measure the compiler
	private static final int WARMUP = Integer.getInteger("vidtrack.bench.warmup", 10_000);

	private static final int REQUESTS = Integer.getInteger("vidtrack.bench.requests", 20_000);

	// a kept data directory (-Dvidtrack.bench.data-dir=…) is seeded once and measured on every later run
	private static final @Nullable Path DATA_DIRECTORY = Optional.ofNullable(System.getProperty("vidtrack.bench.data-dir"))
		.map(Path::of)
		.orElse(null);

	void run(long videos) throws Exception {
		Shape shape = new Shape(10, 100, (int) Math.max(1, videos / 1000), 30);
		try (BenchDatabase database = BenchDatabase.start(DATA_DIRECTORY)) {
			JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
			long org = seeded(jdbc, shape);
			Reads reads = Reads.of(jdbc, org);
			String jarB = System.getProperty("vidtrack.bench.api-jar-b");
			if (jarB != null) {
				ApiComparison.run(database.jdbcUrl(), keys(jdbc, org, CLIENTS.getLast()), reads,
						Path.of(System.getProperty("vidtrack.bench.api-jar-a", ApiProcess.JAR.toString())), Path.of(jarB),
						WARMUP, REQUESTS / 4);
				return;
			}
			Path log = Files.createTempFile("bench-query-api", ".log");
			List<Result> results = new ArrayList<>();
			try (ApiProcess api = ApiProcess.start(database.jdbcUrl(),
					Map.of("VIDTRACK_API_LIMITS_REQUESTSPERMINUTE", "100000000"), log)) {
				List<String> keys = keys(jdbc, org, CLIENTS.getLast());
				measure(new LoadGenerator(api.baseUrl(), keys), reads, WARMUP);
				for (int clients : CLIENTS) {
					results.add(measure(new LoadGenerator(api.baseUrl(), keys.subList(0, clients)), reads, REQUESTS));
				}
			}
			SqlBaseline sql = new SqlBaseline(jdbc);
			double sqlTotals = sql.totalsMedianMs(reads.projects().getFirst(), 5);
			double sqlSeries = sql.seriesMedianMs(reads.projects().getFirst(), reads.from(), reads.to(), 5);
			print(results, sqlTotals, sqlSeries, shape);
		}
	}

	private static long seeded(JdbcTemplate jdbc, Shape shape) {
		List<Long> kept = jdbc.queryForList("select id from orgs where name = 'bench'", Long.class);
		if (!kept.isEmpty()) {
			System.out.printf("reusing the data seeded in %s: %,d videos%n", DATA_DIRECTORY,
					jdbc.queryForObject("select count(*) from videos", Long.class));
			return kept.getFirst();
		}
		long started = System.nanoTime();
		long org = new ApiBenchSeed(jdbc, shape).seed();
		System.out.printf("seeded %,d videos, %,d snapshots in %.0f s%n", shape.videos(),
				jdbc.queryForObject("select count(*) from stats_snapshots", Long.class), (System.nanoTime() - started) / 1e9);
		return org;
	}

	static Result measure(LoadGenerator load, Reads reads, int requests) throws Exception {
		return new Result(load.run(requests, reads::totals), load.run(requests, reads::series),
				load.run(requests, reads::list));
	}

	private static void print(List<Result> results, double sqlTotals, double sqlSeries, Shape shape) {
		for (int i = 0; i < results.size(); i++) {
			Result result = results.get(i);
			System.out.printf("%-28s %10s %10s %14s%n", "read (" + CLIENTS.get(i) + " clients)", "p50 ms", "p99 ms",
					"SQL median ms");
			System.out.printf("%-28s %10.2f %10.2f %14.1f%n", "project totals", result.totals().percentileMs(50),
					result.totals().percentileMs(99), sqlTotals);
			System.out.printf("%-28s %10.2f %10.2f %14.1f%n", "30-day project series",
					result.series().percentileMs(50), result.series().percentileMs(99), sqlSeries);
			System.out.printf("%-28s %10.2f %10.2f %14s%n", "video list page (50)", result.list().percentileMs(50),
					result.list().percentileMs(99), "-");
		}
		Result loaded = results.getLast();
		double speedup = Math.min(sqlTotals / loaded.totals().percentileMs(99),
				sqlSeries / loaded.series().percentileMs(99));
		System.out.printf("(%,d videos in %d projects; %,d requests per read after %,d warm-up; the line below is "
				+ "the %d-client run)%n", shape.videos(), shape.projects(), REQUESTS, WARMUP, CLIENTS.getLast());
		System.out.printf("totals_p99_ms=%.2f series_p99_ms=%.2f list_p99_ms=%.2f speedup_vs_sql=%.0f%n",
				loaded.totals().percentileMs(99), loaded.series().percentileMs(99), loaded.list().percentileMs(99),
				speedup);
	}

	/**
	 * One read key per client, as separate scripts would hold, on a copy of the ultra plan whose daily quota the
	 * benchmark's requests cannot spend (the quota is still counted on every request).
	 */
	private static List<String> keys(JdbcTemplate jdbc, long org, int count) {
		jdbc.update("""
				insert into plans select 'bench', max_creators_per_org, max_projects_per_org, max_tracked_videos_per_org,
					100000000, max_manual_scrape_triggers_per_day, stats_history_retention_days,
					min_discover_videos_hours, min_video_stats_hours from plans where id = 'ultra'
				on conflict do nothing""");
		jdbc.update("update orgs set plan_id = 'bench' where id = ?", org);
		SecureRandom random = new SecureRandom();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			String key = "tga_" + HexFormat.of().formatHex(bytes);
			jdbc.update("insert into api_keys (org_id, name, key_hash, key_prefix, scopes) values (?, 'bench', ?, ?, "
					+ "array['read'])", org, ApiKeys.sha256(key), key.substring(0, 12));
			keys.add(key);
		}
		return keys;
	}

	/** The three reads, over the org's projects in turn; list pages start at random ids. */
	record Reads(List<Long> projects, long lowId, long highId, LocalDate from, LocalDate to,
			SplittableRandom random) {

		static Reads of(JdbcTemplate jdbc, long org) {
			List<Long> projects = jdbc.queryForList("select id from projects where org_id = ? order by id",
					Long.class, org);
			Map<String, Object> range = jdbc.queryForMap("select min(id) as low, max(id) as high from videos");
			LocalDate to = LocalDate.now(ZoneOffset.UTC);
			return new Reads(projects, ((Number) range.get("low")).longValue(),
					((Number) range.get("high")).longValue(), to.minusDays(29), to, new SplittableRandom(42));
		}

		String totals(int i) {
			return "/api/v1/projects/" + project(i);
		}

		String series(int i) {
			return "/api/v1/analytics?entity=project&metric=views&mode=cumulative&from=" + this.from + "&to="
					+ this.to + "&entity_id=" + project(i);
		}

		String list(int i) {
			long start;
			synchronized (this.random) {
				start = this.random.nextLong(this.lowId, this.highId);
			}
			return "/api/v1/videos?limit=50&project_id=" + project(i) + "&cursor=" + Cursor.encode(Long.toString(start));
		}

		private long project(int i) {
			return this.projects.get(i % this.projects.size());
		}

	}

	record Result(Latencies totals, Latencies series, Latencies list) {
	}

}
