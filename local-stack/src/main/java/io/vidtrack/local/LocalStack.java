package io.vidtrack.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
		Running stack = start(settings, Path.of(""));
		FirstData.watch(stack.database().dataSource(), commandStartedMillis(System.getenv()), LocalStack::log);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			log("stopping ...");
			stack.close();
			stopped.countDown();
		}));
		System.out.printf("%nvidtrack is running.%n  API        http://localhost:%1$d/api/v1 (contract: /api/v1/openapi.json)%n  API key    %2$s%n"
				+ "  try        curl -H 'Authorization: Bearer %2$s' 'http://localhost:%1$d/api/v1/videos?project_id=%3$d'%n"
				+ "  data       psql postgresql://vidtrack:vidtrack@localhost:%4$d/vidtrack%n"
				+ "  logs       %5$s%nCtrl-C stops everything.%n%n", settings.apiPort(), stack.apiKey(),
				stack.firstProjectId(), settings.postgresPort(), settings.home().resolve("logs"));
		while (!stack.apps().anyDied()) {
			Thread.sleep(1000);
		}
		log("an app exited; see its log under " + settings.home().resolve("logs"));
		System.exit(1);
	}

	/**
	 * When {@code ./vidtrack local} began, before any build it ran ({@code VIDTRACK_COMMAND_STARTED_MS}, set by the
	 * script), or else when this JVM started.
	 */
	static long commandStartedMillis(Map<String, String> env) {
		String started = env.get("VIDTRACK_COMMAND_STARTED_MS");
		if (started != null && started.matches("\\d{1,18}")) {
			return Long.parseLong(started);
		}
		return ManagementFactory.getRuntimeMXBean().getStartTime();
	}

	/**
	 * Starts every piece in dependency order, the apps from their jars under {@code root} ({@code ./vidtrack}
	 * runs from the repository root; the end-to-end test from its module).
	 */
	static Running start(LocalSettings settings, Path root) throws Exception {
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

		AppProcesses apps = new AppProcesses(root);
		Map<String, String> env = Map.of("VIDTRACK_STREAM_STATE_DIR", settings.home().resolve("stream-state").toString(),
				"VIDTRACK_DB_URL", settings.jdbcUrl(), "VIDTRACK_KAFKA",
				broker.bootstrapServers(), "VIDTRACK_TIKTOK_BASE_URL", simulator.baseUrl().toString(),
				"VIDTRACK_API_PORT", Integer.toString(settings.apiPort()),
				// short links pasted into the API resolve against the simulator's redirects, like ingest's fetches
				"VIDTRACK_API_TIKTOK_SHORTLINKBASEURL", simulator.baseUrl().toString(),
				// the simulator is ours to load: TikTok's politeness limit (5/s) would only slow the demo down
				"VIDTRACK_INGEST_TIKTOK_REQUESTSPERSECOND", "50");
		for (String app : settings.apps()) {
			apps.start(app, env, settings.home().resolve("logs"));
		}
		return new Running(database, broker, simulator, apps, key.key(), seed.firstProjectId());
	}

	/** A started stack; closing it stops the pieces in reverse order, each app finishing its chunk first. */
	record Running(LocalDatabase database, LocalBroker broker, SimulatorServer simulator, AppProcesses apps,
			String apiKey, long firstProjectId) implements AutoCloseable {

		@Override
		public void close() {
			stopQuietly(this.apps, this.simulator, this.broker, this.database);
		}

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
