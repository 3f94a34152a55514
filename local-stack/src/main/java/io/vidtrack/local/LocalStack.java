package io.vidtrack.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import io.vidtrack.simulator.SimulatorConfig;
import io.vidtrack.simulator.SimulatorServer;

/**
 * Entry point of {@code ./vidtrack local}. Starts the pieces in dependency order, prints where to look,
 * and on Ctrl-C stops them in reverse order so that every app finishes its current chunk first.
 */
public final class LocalStack {

	private LocalStack() {
	}

	public static void main(String[] args) throws Exception {
		LocalSettings settings = LocalSettings.from(System.getenv(), List.of(args).contains("--fresh"));
		if (settings.fresh()) {
			deleteData(settings.home());
		}
		DemoApiKey key = DemoApiKey.resolve(settings.demoApiKey(), settings.home());

		log("starting Postgres on port " + settings.postgresPort() + " (data in " + settings.home() + ")");
		LocalDatabase database = LocalDatabase.start(settings);
		LocalBroker broker = LocalBroker.start(settings);
		log("Kafka at " + broker.bootstrapServers());
		SimulatorServer simulator = SimulatorServer.start(SimulatorConfig.defaults()
			.withCreators(settings.simulatorCreators())
			.withOrigin(SimulatorOrigin.load(settings.home())), settings.simulatorPort());
		log("TikTok simulator at " + simulator.baseUrl());

		DemoSeed seed = new DemoSeed(database.dataSource());
		if (seed.needed()) {
			seed.seed(simulator.population());
			log("seeded the demo org");
		}
		seed.ensureApiKey(key);

		AppProcesses apps = new AppProcesses();
		Map<String, String> env = Map.of("VIDTRACK_STREAM_STATE_DIR", settings.home().resolve("stream-state").toString(),
				"VIDTRACK_DB_URL", settings.jdbcUrl(), "VIDTRACK_KAFKA",
				broker.bootstrapServers(), "VIDTRACK_TIKTOK_BASE_URL", simulator.baseUrl().toString(),
				"VIDTRACK_API_PORT", Integer.toString(settings.apiPort()),
				// the simulator is ours to load: TikTok's politeness limit (5/s) would only slow the demo down
				"VIDTRACK_INGEST_TIKTOK_REQUESTSPERSECOND", "50");
		for (String app : settings.apps()) {
			apps.start(app, env, settings.home().resolve("logs"));
		}

		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			log("stopping ...");
			stopQuietly(apps, simulator, broker, database);
			stopped.countDown();
		}));
		// the v1 API lands with the query-api issue; until then Postgres shows what ingest and the aggregates wrote
		System.out.printf("%nvidtrack is running.%n  dashboard  http://localhost:%d/%n  API key    %s%n"
				+ "  data       psql postgresql://vidtrack:vidtrack@localhost:%d/vidtrack%n"
				+ "  logs       %s%nCtrl-C stops everything.%n%n", settings.apiPort(), key.key(),
				settings.postgresPort(), settings.home().resolve("logs"));
		while (!apps.anyDied()) {
			Thread.sleep(1000);
		}
		log("an app exited; see its log under " + settings.home().resolve("logs"));
		System.exit(1);
	}

	private static void stopQuietly(AutoCloseable... parts) {
		for (AutoCloseable part : parts) {
			try {
				part.close();
			}
			catch (Exception ex) {
				log("while stopping: " + ex.getMessage());
			}
		}
	}

	private static void deleteData(Path home) throws IOException {
		if (!Files.exists(home)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(home)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	static void log(String message) {
		System.out.println("[vidtrack local] " + message);
	}

}
