package io.vidtrack.api.tracking;

import java.time.Clock;
import java.util.Collection;

import io.vidtrack.events.CreatorStateChanged;
import io.vidtrack.outbox.OutboxWriter;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/** Publishes creators' state after an API change, in the change's transaction (see {@link VideoStates}). */
@Component
public class CreatorStates {

	private static final String STATES = """
			select c.id, p.org_id, c.project_id, c.tiktok_handle, c.tracking_mode, c.active
			from creators c join projects p on p.id = c.project_id where c.id = any(?) order by c.id""";

	private final JdbcOperations jdbc;

	private final OutboxWriter outbox;

	private final Clock clock;

	CreatorStates(JdbcOperations jdbc, OutboxWriter outbox, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
	}

	public void publish(Collection<Long> creatorIds) {
		if (creatorIds.isEmpty()) {
			return;
		}
		this.outbox.append(this.jdbc.query(STATES, (row, n) -> new CreatorStateChanged(row.getLong(1), row.getLong(2),
				row.getLong(3), row.getString(4), row.getString(5), row.getBoolean(6), this.clock.instant()),
				(Object) creatorIds.toArray(Long[]::new)));
	}

}
