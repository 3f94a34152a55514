package io.vidtrack.outbox;

import java.util.List;

import io.vidtrack.events.EventJson;
import io.vidtrack.events.VidtrackEvent;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Appends events to the outbox with one batched statement. Call it inside the transaction that makes the
 * change: the events then commit, or roll back, with it.
 */
public final class OutboxWriter {

	private static final String INSERT = "insert into outbox (topic, message_key, payload) values (?, ?, ?)";

	private final JdbcOperations jdbc;

	public OutboxWriter(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public void append(List<? extends VidtrackEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(INSERT, events, events.size(), (statement, event) -> {
			statement.setString(1, event.topic());
			statement.setString(2, event.key());
			statement.setString(3, EventJson.write(event));
		});
	}

	public void append(VidtrackEvent event) {
		append(List.of(event));
	}

}
