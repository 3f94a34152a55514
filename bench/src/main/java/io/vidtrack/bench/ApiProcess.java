package io.vidtrack.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The query-api jar in a JVM of its own, on the benchmark's database, as deployed. */
final class ApiProcess implements AutoCloseable {

	private final Process process;

	private final URI baseUrl;

	private ApiProcess(Process process, URI baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	/** The jar this build makes. */
	static final Path JAR = Path.of("query-api", "target", "query-api-0.1.0-SNAPSHOT-exec.jar");

	/** @param env extra settings, such as the per-key window the load generator must not hit */
	static ApiProcess start(String jdbcUrl, Map<String, String> env, Path log) throws IOException, InterruptedException {
		return start(JAR, jdbcUrl, env, log);
	}

	static ApiProcess start(Path jar, String jdbcUrl, Map<String, String> env, Path log)
			throws IOException, InterruptedException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run ./vidtrack build");
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx1g", "-jar", jar.toString()))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(env);
		builder.environment().putAll(Map.of("VIDTRACK_DB_URL", jdbcUrl, "VIDTRACK_DB_USER", "postgres",
				"VIDTRACK_DB_PASSWORD", "postgres", "VIDTRACK_API_PORT", Integer.toString(port), "VIDTRACK_API_RELAY",
				"false"));
		Process process = builder.start();
		URI baseUrl = URI.create("http://127.0.0.1:" + port);
		awaitUp(baseUrl, process, log);
		return new ApiProcess(process, baseUrl);
	}

	URI baseUrl() {
		return this.baseUrl;
	}

	// any answer from the API (401 without a key) means it is serving
	private static void awaitUp(URI baseUrl, Process process, Path log) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				http.send(HttpRequest.newBuilder(baseUrl.resolve("/api/v1/org")).build(),
						HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("query-api did not start at " + baseUrl + "; see " + log);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

}
