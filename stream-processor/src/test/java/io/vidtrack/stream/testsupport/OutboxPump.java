package io.vidtrack.stream.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.vidtrack.events.EventJson;
import io.vidtrack.events.VidtrackEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * The outbox as the writers and the relay use it, reduced to what these tests need: {@link #append} inserts
 * events in the caller's transaction (like {@code OutboxWriter}), {@link #publish} sends every row in id order
 * with its {@code outbox-id} header and deletes it once Kafka acknowledged it (like {@code OutboxRelay}).
 */
public final class OutboxPump implements AutoCloseable {

	private final JdbcOperations jdbc;

	private final KafkaProducer<String, String> producer;

	public OutboxPump(JdbcOperations jdbc, String bootstrapServers) {
		this.jdbc = jdbc;
		this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "enable.idempotence", true,
				"acks", "all"), new StringSerializer(), new StringSerializer());
	}

	public void append(List<? extends VidtrackEvent> events) {
		for (VidtrackEvent event : events) {
			this.jdbc.update("insert into outbox (topic, message_key, payload) values (?, ?, ?)", event.topic(),
					event.key(), EventJson.write(event));
		}
	}

	public void append(VidtrackEvent event) {
		append(List.of(event));
	}

	/** Publishes every outbox row and returns how many. */
	public int publish() {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select id, topic, message_key, payload from outbox order by id");
		for (Map<String, Object> row : rows) {
			var record = new ProducerRecord<>((String) row.get("topic"), (String) row.get("message_key"),
					(String) row.get("payload"));
			record.headers().add("outbox-id", row.get("id").toString().getBytes(StandardCharsets.US_ASCII));
			this.producer.send(record);
		}
		this.producer.flush();
		rows.forEach((row) -> this.jdbc.update("delete from outbox where id = ?", row.get("id")));
		return rows.size();
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
