package io.vidtrack.ingest.support;

import java.time.Instant;
import java.util.List;

import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.tiktok.PostStats;

import org.springframework.jdbc.core.JdbcOperations;

/** Appends stats snapshots (append-only history) with one batched statement. */
public class StatsSnapshots {

	// a second capture of a video at the very same instant is the same capture
	private static final String INSERT = """
			insert into stats_snapshots (video_id, captured_at, views, likes, comments, shares, saves)
			values (?, ?, ?, ?, ?, ?, ?)
			on conflict (video_id, captured_at) do nothing""";

	private final JdbcOperations jdbc;

	public StatsSnapshots(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public void append(List<Snapshot> snapshots) {
		if (snapshots.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(INSERT, snapshots, snapshots.size(), (statement, snapshot) -> {
			PostStats stats = snapshot.stats();
			statement.setLong(1, snapshot.videoId());
			Sql.setTimestamp(statement, 2, snapshot.capturedAt());
			Sql.setLong(statement, 3, stats.views());
			statement.setLong(4, stats.likes());
			statement.setLong(5, stats.comments());
			statement.setLong(6, stats.shares());
			statement.setLong(7, stats.saves());
		});
	}

	/** One capture of a video's counts; {@code baseline} marks its first. */
	public record Snapshot(long videoId, Instant capturedAt, PostStats stats, boolean baseline) {

		public StatsSnapshotCaptured event() {
			return new StatsSnapshotCaptured(this.videoId, this.capturedAt, this.stats.views(), this.stats.likes(),
					this.stats.comments(), this.stats.shares(), this.stats.saves(), this.baseline);
		}

	}

}
