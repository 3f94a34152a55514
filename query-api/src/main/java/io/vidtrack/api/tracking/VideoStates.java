package io.vidtrack.api.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.outbox.OutboxWriter;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Publishes the state of videos after an API change: call it in the change's transaction, after the change, and
 * the {@link VideoStateChanged} events commit with it. The stream processor replaces what it had for each video,
 * so an approval adds the whole history to the aggregates and an exclusion retracts it.
 */
@Component
public class VideoStates {

	private static final String STATES = """
			select v.id, p.org_id, v.project_id, v.creator_id, v.tiktok_video_id, v.tracking_status,
				v.tracking_disabled, v.counted, v.availability, v.posted_at, o.timezone
			from videos v join projects p on p.id = v.project_id join orgs o on o.id = p.org_id
			where v.id = any(?) order by v.id""";

	private final JdbcOperations jdbc;

	private final OutboxWriter outbox;

	private final Clock clock;

	VideoStates(JdbcOperations jdbc, OutboxWriter outbox, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Appends each video's current state to the outbox. */
	public void publish(Collection<Long> videoIds) {
		this.outbox.append(read(videoIds, false));
	}

	/**
	 * Appends each video's state as no longer counted: call before deleting the videos, so that the aggregates
	 * drop them as they drop an exclusion.
	 */
	public void publishRemoval(Collection<Long> videoIds) {
		this.outbox.append(read(videoIds, true));
	}

	private List<VideoStateChanged> read(Collection<Long> videoIds, boolean removed) {
		if (videoIds.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		return this.jdbc.query(STATES, (row, n) -> state(row, removed, now), (Object) videoIds.toArray(Long[]::new));
	}

	private static VideoStateChanged state(ResultSet row, boolean removed, Instant now) throws SQLException {
		return new VideoStateChanged(row.getLong(1), row.getLong(2), row.getLong(3), row.getObject(4, Long.class),
				row.getString(5), row.getString(6), row.getBoolean(7), !removed && row.getBoolean(8), row.getString(9),
				instant(row.getTimestamp(10)), row.getString(11), now);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
