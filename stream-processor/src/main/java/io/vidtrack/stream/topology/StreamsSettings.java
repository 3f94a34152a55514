package io.vidtrack.stream.topology;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/** The Kafka Streams settings {@link VidtrackTopology} is meant to run with. */
public final class StreamsSettings {

	private StreamsSettings() {
	}

	/**
	 * The Streams settings the topology is meant to run with: exactly-once v2, and a commit (which makes the
	 * output visible) every 50 ms. {@code overrides} come last, except for the processing guarantee.
	 */
	public static Map<String, Object> exactlyOnce(String bootstrapServers, String applicationId,
			Map<String, ?> overrides) {
		Map<String, Object> config = new HashMap<>();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		// each hop's output is visible only after its commit: at a sustained 5,000 events/s, 50 ms gave p50 0.33–0.41 s
		// and p99 0.67–1.01 s where 100 ms gave 0.49–0.54 and 0.97–1.08 s, with the stream thread's CPU per event
		// unchanged (session 7; with every store in RocksDB a commit cost more and 50 ms was the slower, session 5)
		config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
		config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 64L * 1024 * 1024);
		// process what has arrived without waiting for the other inputs of a task: the contribution processor
		// gives the same result in any order of a video's scope and snapshots, so nothing needs their timestamps
		config.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, -1L);
		// a fetch that finds nothing new waits at most this long: each hop through a topic adds up to it
		config.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), 20);
		// the thread looks whether a commit is due between batches, and each hop's output is visible only after
		// one: 200 records a poll instead of 1,000 (p99 at 5,000 events/s over four runs each: 0.70–1.45 s, median
		// ~1.0, against 1.31–1.54 s; throughput within the spread of identical runs)
		config.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 200);
		// every snapshot writes its video's ledger to a changelog: 256 KB batches instead of 16 KB cut the
		// producer's and the broker's work per record several times (docs/performance.md, stream section)
		config.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
		config.put(StreamsConfig.producerPrefix(ProducerConfig.BUFFER_MEMORY_CONFIG), 128L * 1024 * 1024);
		config.putAll(malformedInput());
		config.putAll(overrides);
		config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		return config;
	}

	/**
	 * A record no serde can read goes to {@link StreamTopics#DEAD_LETTERS}, as it came, with the error in its
	 * headers, and processing goes on. Failing instead would stop every aggregate at that record: the replaced
	 * stream thread would meet it again, forever. Skipping one event of a video costs little, since every event
	 * carries absolute state: the video's next snapshot brings its totals back, and a rebuild repairs the days.
	 */
	public static Map<String, Object> malformedInput() {
		return Map.of(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
				LogAndContinueExceptionHandler.class, StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
				StreamTopics.DEAD_LETTERS);
	}

}
