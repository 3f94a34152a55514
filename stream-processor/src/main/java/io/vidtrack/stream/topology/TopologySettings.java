package io.vidtrack.stream.topology;

import java.time.Duration;

/**
 * How the topology keeps its state and sends its changes.
 *
 * @param flushInterval how long changes are summed per aggregate inside a task before they are sent on to the
 * aggregates; zero sends each change at once
 * @param state where the stores keep their data; tests use {@link StatePlacement#MEMORY} because the test driver
 * flushes RocksDB after every record
 * @param flushShare the largest share of a stream thread's time that flushing may take: under load a flush
 * touches every busy aggregate, so after a flush that took {@code d} the next waits {@code d × (1 − share) /
 * share} beyond the interval (at most a second); 1 flushes at every interval
 */
public record TopologySettings(Duration flushInterval, StatePlacement state, double flushShare) {

	public TopologySettings {
		if (!(flushShare > 0 && flushShare <= 1)) {
			throw new IllegalArgumentException("flushShare must be in (0, 1], not " + flushShare);
		}
	}

	public TopologySettings(Duration flushInterval, StatePlacement state) {
		this(flushInterval, state, 0.1);
	}

	public static TopologySettings defaults() {
		return new TopologySettings(Duration.ofMillis(100), StatePlacement.HISTORY_ON_DISK);
	}

}
