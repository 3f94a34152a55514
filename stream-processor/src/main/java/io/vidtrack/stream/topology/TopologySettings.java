package io.vidtrack.stream.topology;

import java.time.Duration;

/**
 * How the topology keeps its state and sends its changes.
 *
 * @param flushInterval how long changes are summed per aggregate inside a task before they are sent on to the
 * aggregates; zero sends each change at once
 * @param inMemoryStores keep every store in memory (restored from its changelog on start) instead of RocksDB:
 * faster, bounded by the heap; tests use it because the test driver flushes RocksDB after every record
 */
public record TopologySettings(Duration flushInterval, boolean inMemoryStores) {

	public static TopologySettings defaults() {
		return new TopologySettings(Duration.ofMillis(100), false);
	}

}
