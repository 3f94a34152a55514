package io.vidtrack.stream.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One timed phase of the benchmark: its snapshot events, wall time, the probes' latencies and the CPU it took. */
record Phase(long events, double seconds, List<Long> latencies, List<Long> statusLatencies, String cpu) {

	double eventsPerSecond() {
		return this.events / this.seconds;
	}

	long percentile(int percentile) {
		return percentile(this.latencies, percentile);
	}

	static long percentile(List<Long> values, int percentile) {
		if (values.isEmpty()) {
			return -1;
		}
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
	}

	@Override
	public String toString() {
		return String.format("%d snapshot events in %.1f s = %.0f/s, %d latency samples, p50 %d ms, p99 %d ms;"
				+ " %d status changes, p50 %d ms, max %d ms; %s", this.events, this.seconds, eventsPerSecond(),
				this.latencies.size(), percentile(50), percentile(99), this.statusLatencies.size(),
				percentile(this.statusLatencies, 50), percentile(this.statusLatencies, 100), this.cpu);
	}

	/** The two probes a phase takes its latencies from. */
	record Probes(LatencyProbe snapshots, StatusProbe statuses) {
	}

}
