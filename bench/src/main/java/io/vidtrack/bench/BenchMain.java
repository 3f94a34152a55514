package io.vidtrack.bench;

import java.util.Arrays;
import java.util.List;

/** {@code ./vidtrack bench <what> [args]}. */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		String what = (args.length > 0) ? args[0] : "";
		List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		switch (what) {
			case "ingest" -> new IngestBench().run(rest.isEmpty() ? List.of(10_000, 100_000)
					: rest.stream().map(Integer::parseInt).toList());
			case "api" -> new ApiBench().run(rest.isEmpty() ? 1_000_000 : Long.parseLong(rest.getFirst()));
			default -> {
				System.err.println("usage: bench ingest [videos ...] | bench api [videos]");
				System.exit(2);
			}
		}
		System.exit(0);
	}

}
