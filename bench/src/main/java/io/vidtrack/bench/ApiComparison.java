package io.vidtrack.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.vidtrack.bench.ApiBench.Reads;
import io.vidtrack.bench.ApiBench.Result;
import io.vidtrack.bench.LoadGenerator.Latencies;

/**
 * Two builds of the query API on the same data, read under four clients in alternating blocks (A B, B A, A B, …),
 * so that the machine's own drift over the minutes of a run falls on both alike. Between two runs of one build
 * the four-client p99 moved by 40 % here; an A/A run (the same jar twice) shows what is left of that within one.
 * {@code -Dvidtrack.bench.api-jar-b=<jar>} (and optionally {@code api-jar-a}) turns it on; the last line is
 * {@code a_totals_p99_ms=… b_totals_p99_ms=… a_series_p99_ms=… b_series_p99_ms=… a_list_p99_ms=… b_list_p99_ms=…}.
 */
final class ApiComparison {

	private static final int BLOCKS = Integer.getInteger("vidtrack.bench.blocks", 6);

	private ApiComparison() {
	}

	static void run(String jdbcUrl, List<String> keys, Reads reads, Path jarA, Path jarB, int warmup, int requests)
			throws Exception {
		Map<String, String> env = Map.of("VIDTRACK_API_LIMITS_REQUESTSPERMINUTE", "100000000");
		try (ApiProcess a = ApiProcess.start(jarA, jdbcUrl, env, Files.createTempFile("bench-query-api-a", ".log"));
				ApiProcess b = ApiProcess.start(jarB, jdbcUrl, env,
						Files.createTempFile("bench-query-api-b", ".log"))) {
			LoadGenerator loadA = new LoadGenerator(a.baseUrl(), keys);
			LoadGenerator loadB = new LoadGenerator(b.baseUrl(), keys);
			ApiBench.measure(loadA, reads, warmup);
			ApiBench.measure(loadB, reads, warmup);
			List<Result> resultsA = new ArrayList<>();
			List<Result> resultsB = new ArrayList<>();
			for (int block = 0; block < BLOCKS; block++) {
				boolean aFirst = block % 2 == 0;
				Result first = ApiBench.measure(aFirst ? loadA : loadB, reads, requests);
				Result second = ApiBench.measure(aFirst ? loadB : loadA, reads, requests);
				resultsA.add(aFirst ? first : second);
				resultsB.add(aFirst ? second : first);
				System.out.printf("block %d (%s first): totals p99 %.2f / %.2f ms, series p99 %.2f / %.2f ms, "
						+ "list p99 %.2f / %.2f ms (A / B)%n", block + 1, aFirst ? "A" : "B",
						p99(resultsA.getLast().totals()), p99(resultsB.getLast().totals()),
						p99(resultsA.getLast().series()), p99(resultsB.getLast().series()),
						p99(resultsA.getLast().list()), p99(resultsB.getLast().list()));
			}
			Result allA = pooled(resultsA);
			Result allB = pooled(resultsB);
			System.out.printf("A: %s%nB: %s%n", jarA, jarB);
			System.out.printf("a_totals_p99_ms=%.2f b_totals_p99_ms=%.2f a_series_p99_ms=%.2f b_series_p99_ms=%.2f "
					+ "a_list_p99_ms=%.2f b_list_p99_ms=%.2f%n", p99(allA.totals()), p99(allB.totals()),
					p99(allA.series()), p99(allB.series()), p99(allA.list()), p99(allB.list()));
		}
	}

	private static Result pooled(List<Result> results) {
		return new Result(pooled(results, Result::totals), pooled(results, Result::series),
				pooled(results, Result::list));
	}

	private static Latencies pooled(List<Result> results, Function<Result, Latencies> read) {
		return new Latencies(
				results.stream().map(read).flatMapToLong((latencies) -> Arrays.stream(latencies.nanos())).toArray());
	}

	private static double p99(Latencies latencies) {
		return latencies.percentileMs(99);
	}

}
