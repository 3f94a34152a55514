package io.vidtrack.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads one topic from its current end, so a test sees only what was published after it started. Records
 * keep their partition order, hence their order per key.
 */
final class RecordingConsumer implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

	RecordingConsumer(String bootstrapServers, String topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
				new StringDeserializer(), new StringDeserializer());
		List<TopicPartition> partitions = this.consumer.partitionsFor(topic)
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		// seekToEnd is lazy: fix the positions now, before the test publishes anything
		partitions.forEach(this.consumer::position);
	}

	/** Polls until the records received so far satisfy {@code done}, and returns them all. */
	List<ConsumerRecord<String, String>> until(Predicate<List<ConsumerRecord<String, String>>> done,
			Duration timeout) {
		await().atMost(timeout).pollInSameThread().pollInterval(Duration.ofMillis(1)).until(() -> {
			this.consumer.poll(Duration.ofMillis(50)).forEach(this.records::add);
			return done.test(this.records);
		});
		return List.copyOf(this.records);
	}

	/** Polls for a while and returns everything received. */
	List<ConsumerRecord<String, String>> during(Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			this.consumer.poll(Duration.ofMillis(50)).forEach(this.records::add);
		}
		return List.copyOf(this.records);
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
