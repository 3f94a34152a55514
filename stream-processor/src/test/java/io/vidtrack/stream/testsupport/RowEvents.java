package io.vidtrack.stream.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.events.VideoStateChanged;

import org.springframework.jdbc.core.JdbcOperations;

/** The events a writer publishes for rows it just wrote, read back from those rows. */
public final class RowEvents {

	private final JdbcOperations jdbc;

	public RowEvents(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public VideoStateChanged videoState(long videoId) {
		return this.jdbc.queryForObject("""
				select v.id, p.org_id, v.project_id, v.creator_id, v.tiktok_video_id, v.tracking_status,
					v.tracking_disabled, v.counted, v.availability, v.posted_at, o.timezone, v.updated_at
				from videos v join projects p on p.id = v.project_id join orgs o on o.id = p.org_id
				where v.id = ?""", (row, n) -> new VideoStateChanged(row.getLong(1), row.getLong(2), row.getLong(3),
				row.getObject(4, Long.class), row.getString(5), row.getString(6), row.getBoolean(7),
				row.getBoolean(8), row.getString(9), instant(row.getTimestamp(10)), row.getString(11),
				Instant.now()), videoId);
	}

	/** Every snapshot of the video, oldest first; the first is its baseline. */
	public List<StatsSnapshotCaptured> snapshots(long videoId) {
		return this.jdbc.query("""
				select video_id, captured_at, views, likes, comments, shares, saves,
					row_number() over (order by captured_at) = 1
				from stats_snapshots where video_id = ? order by captured_at""",
				(row, n) -> new StatsSnapshotCaptured(row.getLong(1), row.getTimestamp(2).toInstant(),
						row.getObject(3, Long.class), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7),
						row.getBoolean(8)),
				videoId);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
