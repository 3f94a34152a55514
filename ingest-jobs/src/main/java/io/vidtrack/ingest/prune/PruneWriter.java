package io.vidtrack.ingest.prune;

import java.util.List;

import io.vidtrack.ingest.support.Sql;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Deletes a chunk's snapshots that are older than the window, except each video's newest one before it: that
 * anchor keeps every gain inside the window exact. Videos' current counts are not touched, so totals never
 * change. Every statement names one video, so it stays in one partition of {@code stats_snapshots}.
 */
class PruneWriter implements ItemWriter<PrunableVideo> {

	private static final String DELETE = """
			delete from stats_snapshots
			where video_id = ? and captured_at < (
				select max(captured_at) from stats_snapshots where video_id = ? and captured_at < ?)""";

	private final JdbcOperations jdbc;

	PruneWriter(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends PrunableVideo> chunk) {
		List<? extends PrunableVideo> videos = chunk.getItems();
		this.jdbc.batchUpdate(DELETE, videos, videos.size(), (statement, video) -> {
			statement.setLong(1, video.id());
			statement.setLong(2, video.id());
			Sql.setTimestamp(statement, 3, video.cutoff());
		});
	}

}
