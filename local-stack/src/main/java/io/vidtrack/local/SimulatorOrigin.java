package io.vidtrack.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The simulator's population is a function of its origin instant; keeping the first start's origin under
 * {@code .vidtrack/} keeps every creator's posts (and their ids) the same across restarts.
 */
final class SimulatorOrigin {

	private SimulatorOrigin() {
	}

	static Instant load(Path home) throws IOException {
		Path file = home.resolve("simulator-origin");
		if (Files.isRegularFile(file)) {
			return Instant.parse(Files.readString(file).trim());
		}
		Instant origin = Instant.now();
		Files.createDirectories(home);
		Files.writeString(file, origin + "\n");
		return origin;
	}

}
