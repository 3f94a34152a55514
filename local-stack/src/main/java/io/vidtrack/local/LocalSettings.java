package io.vidtrack.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Addresses and places of the local stack; each has a default and an environment override. */
record LocalSettings(Path home, int apiPort, int simulatorPort, int postgresPort, int kafkaPort, int simulatorCreators,
		@Nullable String demoApiKey, boolean fresh, List<String> apps) {

	static LocalSettings from(Map<String, String> env, boolean fresh) {
		return new LocalSettings(Path.of(env.getOrDefault("VIDTRACK_HOME", ".vidtrack")).toAbsolutePath(),
				intOf(env, "VIDTRACK_API_PORT", 8080), intOf(env, "VIDTRACK_SIM_PORT", 8089),
				intOf(env, "VIDTRACK_PG_PORT", 15432), intOf(env, "VIDTRACK_KAFKA_PORT", 19092),
				intOf(env, "VIDTRACK_SIM_CREATORS", 24), env.get("VIDTRACK_DEMO_API_KEY"), fresh, apps(env));
	}

	/** {@code VIDTRACK_LOCAL_APPS=ingest-jobs,query-api} runs a subset, e.g. while debugging one app in an IDE. */
	private static List<String> apps(Map<String, String> env) {
		String value = env.get("VIDTRACK_LOCAL_APPS");
		if (value == null || value.isBlank()) {
			return AppProcesses.APPS;
		}
		List<String> apps = List.of(value.trim().split("\\s*,\\s*"));
		for (String app : apps) {
			if (!AppProcesses.APPS.contains(app)) {
				throw new IllegalArgumentException("VIDTRACK_LOCAL_APPS: unknown app '" + app + "', known: " + AppProcesses.APPS);
			}
		}
		return apps;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgresPort + "/vidtrack";
	}

	String simulatorUrl() {
		return "http://127.0.0.1:" + simulatorPort;
	}

	private static int intOf(Map<String, String> env, String name, int fallback) {
		String value = env.get(name);
		try {
			return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a number, was '" + value + "'");
		}
	}

}
