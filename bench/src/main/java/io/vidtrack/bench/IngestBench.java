package io.vidtrack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimPost;
import io.vidtrack.simulator.SimulatorConfig;

import org.springframework.batch.core.job.JobExecution;

/**
 * {@code ./vidtrack bench ingest}: captureStatsJob end to end (simulator → client → job → Postgres) at each
 * size, the per-video page path alone, and the parse-only ceiling of the same real-sized pages.
 */
final class IngestBench {

	private static final int PAGE_PATH_VIDEOS = 3000;

	// the page path warms up for minutes (the JIT over the fetch, parse and chunk code): 3 rounds of 3,000 pages
	// measured a still-rising curve (the third round ~800 pages/s, the eighth ~1,100 to 1,200)
	private static final int PAGE_PATH_ROUNDS = Integer.getInteger("bench.page-rounds", 10);

	private final HeapSampler heap = new HeapSampler();

	record Figures(int videos, long snapshots, double seconds, long peakLiveMb, double pagesPerSecond,
			double fetchOnly, double fetchAndParse) {

		double snapshotsPerSecond() {
			return this.snapshots / this.seconds;
		}

	}

	void run(List<Integer> sizes) throws Exception {
		List<Figures> all = new ArrayList<>();
		for (int size : sizes) {
			SimulatorConfig config = SimulatorConfig.defaults()
				.withCreators(Math.max(1, size / 100))
				.withHistoryDays(120)
				.withPostEveryHours(20, 28)
				.withOrigin(Instant.now().truncatedTo(ChronoUnit.SECONDS));
			Population population = new Population(config);
			try (SimulatorProcess simulator = SimulatorProcess.start(config); BenchDatabase database = BenchDatabase.start()) {
				all.add(measure(size, population, simulator, database));
			}
		}
		// fetched only now, so that no run's heap figure carries these pages
		List<ParseCeiling.Page> pages = ceilingPages();
		double ceiling = ParseCeiling.pagesPerSecond(pages, 3_000, 5_000);
		Figures largest = all.getLast();
		double pagePath = all.getFirst().pagesPerSecond();
		System.out.printf("parse-only ceiling: %.0f pages/s on one core (%d distinct real-sized pages)%n", ceiling,
				pages.size());
		System.out.printf("per-video page path: %.0f pages/s end to end = %.0f%% of the one-core ceiling%n", pagePath,
				100 * pagePath / ceiling);
		// what the page path could reach here at all: the simulator's pages over the client's transport, no job
		Figures first = all.getFirst();
		System.out.printf("page path without the job: fetch only %.0f pages/s = %.0f%% of the ceiling, fetch and parse"
				+ " %.0f pages/s = %.0f%%%n", first.fetchOnly(), 100 * first.fetchOnly() / ceiling,
				first.fetchAndParse(), 100 * first.fetchAndParse() / ceiling);
		long peak = all.stream().mapToLong(Figures::peakLiveMb).max().orElse(0);
		System.out.printf("snapshots_per_s=%.0f page_parse_ceiling_per_s=%.0f peak_heap_mb=%d%n",
				largest.snapshotsPerSecond(), ceiling, peak);
	}

	private Figures measure(int size, Population population, SimulatorProcess simulator, BenchDatabase database)
			throws Exception {
		BenchSeed seed = new BenchSeed(database.dataSource());
		int videos = seed.seed(population, Instant.now(), size);
		try (IngestRun ingest = new IngestRun(database.jdbcUrl(), simulator.baseUrl().toString())) {
			this.heap.reset();
			long start = System.nanoTime();
			ingest.capture(Instant.now());
			double seconds = (System.nanoTime() - start) / 1e9;
			long snapshots = seed.snapshots();
			long peakLive = this.heap.peakLiveMegabytes();
			System.out.printf("capture videos=%d snapshots=%d seconds=%.1f snapshots_per_s=%.0f peak_live_heap_mb=%d "
					+ "retained_after_full_gc_mb=%d%n", videos, snapshots, seconds, snapshots / seconds, peakLive,
					this.heap.retainedMegabytes());
			System.out.println("  fetches: " + ingest.fetchCounts());

			// the parse ceiling is measured warm, so the page path is too: its first round warms the fetch path
			// (the HTTP client, the chunk writes) the way a long-running ingest process is warm
			int direct = seed.makeDirectAddsDue(Math.min(PAGE_PATH_VIDEOS, videos / 2));
			long warmSnapshots = 0;
			double warmSeconds = 0;
			for (int round = 1; round <= PAGE_PATH_ROUNDS; round++) {
				if (round > 1) {
					seed.makeDirectAddsDueAgain();
				}
				long before = seed.snapshots();
				start = System.nanoTime();
				JobExecution execution = ingest.capture(Instant.now().plusSeconds(60L * round));
				double pageSeconds = (System.nanoTime() - start) / 1e9;
				long pageSnapshots = seed.snapshots() - before;
				// the second half of the rounds is the warm figure
				if (round > PAGE_PATH_ROUNDS / 2) {
					warmSnapshots += pageSnapshots;
					warmSeconds += pageSeconds;
				}
				System.out.printf("page path round %d videos=%d snapshots=%d seconds=%.1f pages_per_s=%.0f (%s)%n",
						round, direct, pageSnapshots, pageSeconds, pageSnapshots / pageSeconds, stepSeconds(execution));
			}
			double pagesPerSecond = warmSnapshots / warmSeconds;
			System.out.printf("page path, rounds %d-%d: pages_per_s=%.0f%n", PAGE_PATH_ROUNDS / 2 + 1, PAGE_PATH_ROUNDS,
					pagesPerSecond);
			long peak = Math.max(peakLive, this.heap.peakLiveMegabytes());
			// the same simulator, warm from the rounds above
			List<FetchCeiling.Page> pages = pageUris(simulator.baseUrl(), population, PAGE_PATH_VIDEOS);
			double fetchOnly = FetchCeiling.pagesPerSecond(pages, false, 3_000, 5_000);
			double fetchAndParse = FetchCeiling.pagesPerSecond(pages, true, 3_000, 5_000);
			System.out.printf("page path without the job (%d concurrent): fetch only pages_per_s=%.0f, fetch and parse"
					+ " pages_per_s=%.0f%n", FetchCeiling.CONCURRENCY, fetchOnly, fetchAndParse);
			return new Figures(videos, snapshots, seconds, peak, pagesPerSecond, fetchOnly, fetchAndParse);
		}
	}

	/** How long each step of a run took: where a round's time goes. */
	private static String stepSeconds(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStartTime() != null && step.getEndTime() != null)
			.map((step) -> String.format("%s %.1f s", step.getStepName(),
					Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1e3))
			.collect(Collectors.joining(", "));
	}

	private static List<ParseCeiling.Page> ceilingPages() throws Exception {
		SimulatorConfig config = SimulatorConfig.defaults().withCreators(10).withOrigin(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		try (SimulatorProcess simulator = SimulatorProcess.start(config)) {
			return fetchPages(simulator.baseUrl(), new Population(config), 100);
		}
	}

	private static List<FetchCeiling.Page> pageUris(URI baseUrl, Population population, int count) {
		List<FetchCeiling.Page> pages = new ArrayList<>();
		for (SimCreator creator : population.creators()) {
			for (SimPost post : population.postsOf(creator, Instant.now())) {
				if (pages.size() == count) {
					return pages;
				}
				if (post.visible()) {
					pages.add(new FetchCeiling.Page(postUri(baseUrl, creator, post), post.id()));
				}
			}
		}
		return pages;
	}

	private static URI postUri(URI baseUrl, SimCreator creator, SimPost post) {
		return baseUrl.resolve("/@" + creator.handle() + "/video/" + post.id());
	}

	private static List<ParseCeiling.Page> fetchPages(URI baseUrl, Population population, int count) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		List<ParseCeiling.Page> pages = new ArrayList<>();
		for (FetchCeiling.Page page : pageUris(baseUrl, population, count)) {
			byte[] html = http.send(HttpRequest.newBuilder(page.uri()).build(), HttpResponse.BodyHandlers.ofByteArray())
				.body();
			pages.add(new ParseCeiling.Page(html, page.videoId()));
		}
		return pages;
	}

}
