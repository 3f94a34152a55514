package io.vidtrack.outbox.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Sends a batch of rows in id order and returns only when Kafka acknowledged every one of them.
 */
public final class BatchPublisher implements AutoCloseable {

	/** Header with the outbox row id, for consumers that want to drop re-sent records. */
	public static final String OUTBOX_ID_HEADER = "outbox-id";

	private final Producer<String, String> producer;

	public BatchPublisher(Producer<String, String> producer) {
		this.producer = producer;
	}

	/**
	 * Publishes the rows, or throws a {@link KafkaException} when any of them was not acknowledged. Either way
	 * no send of this batch is still in flight when it returns, so a retry cannot overtake it.
	 */
	public void publish(List<OutboxRow> rows) {
		List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
		try {
			for (OutboxRow row : rows) {
				Future<RecordMetadata> ack = this.producer.send(record(row));
				acks.add(ack);
				if (ack.isDone()) {
					// failed at once (no metadata: Kafka unreachable); the rest would each wait max.block.ms
					await(ack);
				}
			}
		}
		finally {
			this.producer.flush();
		}
		for (Future<RecordMetadata> ack : acks) {
			await(ack);
		}
	}

	private static ProducerRecord<String, String> record(OutboxRow row) {
		ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
		record.headers().add(OUTBOX_ID_HEADER, Long.toString(row.id()).getBytes(StandardCharsets.UTF_8));
		return record;
	}

	private static void await(Future<RecordMetadata> ack) {
		try {
			ack.get();
		}
		catch (ExecutionException ex) {
			throw new KafkaException("Kafka did not acknowledge an outbox record", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KafkaException("Interrupted while waiting for Kafka", ex);
		}
	}

	@Override
	public void close() {
		// nothing is in flight after publish(); do not wait long for an unreachable broker
		this.producer.close(Duration.ofSeconds(5));
	}

}
