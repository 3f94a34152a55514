package io.vidtrack.stream.bench;

import java.util.List;

import org.apache.kafka.streams.KafkaStreams;

/** Every 5 s: what the stream threads spend their time on (Kafka Streams' own thread metrics). */
final class ThreadMetrics {

	private static final List<String> WANTED = List.of("process-rate", "process-latency-avg", "commit-latency-avg",
			"commit-rate", "poll-latency-avg", "poll-records-avg", "punctuate-latency-avg", "blocked-time-ns-total",
			"thread-start-time");

	private ThreadMetrics() {
	}

	static void print(KafkaStreams streams) {
		while (true) {
			try {
				Thread.sleep(5000);
			}
			catch (InterruptedException ex) {
				return;
			}
			StringBuilder line = new StringBuilder("metrics");
			streams.metrics().forEach((name, metric) -> {
				if (name.group().equals("stream-thread-metrics") && WANTED.contains(name.name())) {
					line.append(' ').append(name.tags().get("thread-id").replaceAll(".*-", "")).append('.')
						.append(name.name()).append('=').append(String.format("%.1f",
								((Number) metric.metricValue()).doubleValue()));
				}
			});
			System.err.println(line);
		}
	}

}
