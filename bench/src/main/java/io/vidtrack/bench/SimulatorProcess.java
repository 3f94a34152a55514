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
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.simulator.SimulatorConfig;

/**
 * The simulator in a JVM of its own, as in production TikTok is elsewhere: its CPU still competes for the
 * same two cores, but its heap does not pollute the ingest heap figures.
 */
final class SimulatorProcess implements AutoCloseable {

	private final Process process;

	private final URI baseUrl;

	private SimulatorProcess(Process process, URI baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	static SimulatorProcess start(SimulatorConfig config) throws IOException, InterruptedException {
		Path jar = Path.of("tiktok-simulator", "target", "tiktok-simulator-0.1.0-SNAPSHOT.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run ./vidtrack build");
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx512m", "-jar", jar.toString(), "--port=" + port, "--creators=" + config.creators(),
				"--seed=" + config.seed(), "--history-days=" + config.historyDays(),
				"--min-post-hours=" + config.minPostEveryHours(), "--max-post-hours=" + config.maxPostEveryHours(),
				"--origin=" + config.origin()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		URI baseUrl = URI.create("http://127.0.0.1:" + port);
		awaitHealthy(baseUrl, process);
		return new SimulatorProcess(process, baseUrl);
	}

	URI baseUrl() {
		return this.baseUrl;
	}

	private static void awaitHealthy(URI baseUrl, Process process) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				var response = http.send(HttpRequest.newBuilder(baseUrl.resolve("/_sim/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("simulator did not start at " + baseUrl);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

}
