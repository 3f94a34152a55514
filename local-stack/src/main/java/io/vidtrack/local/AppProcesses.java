package io.vidtrack.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The three Spring Boot apps, each its own JVM with its log under {@code .vidtrack/logs/}. */
final class AppProcesses implements AutoCloseable {

	static final List<String> APPS = List.of("ingest-jobs", "stream-processor", "query-api");

	private final List<Process> processes = new ArrayList<>();

	private final Path root;

	/** @param root the repository root, under which each app's jar is in {@code <app>/target/} */
	AppProcesses(Path root) {
		this.root = root;
	}

	void start(String app, Map<String, String> env, Path logDir) throws IOException {
		Path jar = this.root.resolve(Path.of(app, "target", app + "-0.1.0-SNAPSHOT-exec.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run ./vidtrack build");
		}
		Files.createDirectories(logDir);
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-XX:+UseSerialGC", "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(app + ".log").toFile()));
		builder.environment().putAll(env);
		this.processes.add(builder.start());
	}

	boolean anyDied() {
		return this.processes.stream().anyMatch(process -> !process.isAlive());
	}

	@Override
	public void close() throws InterruptedException {
		// SIGTERM first so each app finishes its chunk and its relay batch; then wait, then force
		this.processes.forEach(Process::destroy);
		for (Process process : this.processes) {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

}
