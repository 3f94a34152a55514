package io.vidtrack.stream.topology;

import java.time.Duration;

/**
 * How the topology keeps its state and sends its changes.
 *
 * @param flushInterval how long changes are summed per aggregate inside a task before they are sent on to the
 * aggregates; zero sends each change at once
 * @param inMemoryStores keep every store in memory (restored from its changelog on start) instead of RocksDB:
 * faster, bounded by the heap; tests use it because the test driver flushes RocksDB after every record
 * @param flushShare the largest share of a stream thread's time that flushing may take: under load a flush
 * touches every busy aggregate, so after a flush that took {@code d} the next waits {@code d × (1 − share) /
 * share} beyond the interval (at most a second); 1 flushes at every interval
 */
public record TopologySettings(Duration flushInterval, boolean inMemoryStores, double flushShare) {

	public TopologySettings {
		if (!(flushShare > 0 && flushShare <= 1)) {
			throw new IllegalArgumentException("flushShare must be in (0, 1], not " + flushShare);
		}
	}

	public TopologySettings(Duration flushInterval, boolean inMemoryStores) {
		this(flushInterval, inMemoryStores, 0.1);
	}

	public static TopologySettings defaults() {
		return new TopologySettings(Duration.ofMillis(100), false);
	}

}
