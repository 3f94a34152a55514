package io.vidtrack.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as its own process: {@code java -jar tiktok-simulator.jar [--port=8089] [--creators=20]
 * [--seed=42] [--history-days=30] [--min-post-hours=12] [--max-post-hours=48] [--origin=2026-01-01T00:00:00Z]}.
 * Each option can also come from the environment ({@code VIDTRACK_SIM_PORT}, {@code VIDTRACK_SIM_CREATORS},
 * {@code VIDTRACK_SIM_SEED}, {@code VIDTRACK_SIM_HISTORY_DAYS}, {@code VIDTRACK_SIM_MIN_POST_HOURS},
 * {@code VIDTRACK_SIM_MAX_POST_HOURS}, {@code VIDTRACK_SIM_ORIGIN}); arguments win. Stops on SIGTERM / Ctrl-C.
 */
public final class SimulatorMain {

	private SimulatorMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		Map<String, String> options = options(args, System.getenv());
		SimulatorConfig defaults = SimulatorConfig.defaults();
		String origin = options.get("origin");
		SimulatorConfig config = defaults.withSeed(Long.parseLong(options.getOrDefault("seed", "42")))
			.withCreators(Integer.parseInt(options.getOrDefault("creators", "20")))
			.withHistoryDays(Integer.parseInt(options.getOrDefault("history-days", "30")))
			.withPostEveryHours(Double.parseDouble(options.getOrDefault("min-post-hours", "12")),
					Double.parseDouble(options.getOrDefault("max-post-hours", "48")))
			.withClock(Clock.systemUTC())
			.withOrigin((origin != null && !origin.equals("null")) ? Instant.parse(origin) : null);
		SimulatorServer server = SimulatorServer.start(config, Integer.parseInt(options.getOrDefault("port", "8089")));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}));
		System.out.printf("TikTok simulator at %s (%d creators, seed %d, origin %s)%n", server.baseUrl(),
				config.creators(), config.seed(), server.population().origin());
		System.out.printf("  try  curl -s %s/_sim/creators%n", server.baseUrl());
		stopped.await();
	}

	/** Environment first, then {@code --name=value} arguments over it. */
	static Map<String, String> options(String[] args, Map<String, String> env) {
		Map<String, String> options = new HashMap<>();
		for (Map.Entry<String, String> entry : env.entrySet()) {
			if (entry.getKey().startsWith("VIDTRACK_SIM_") && !entry.getValue().isBlank()) {
				String name = entry.getKey().substring("VIDTRACK_SIM_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
				options.put(name, entry.getValue().trim());
			}
		}
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return options;
	}

}
