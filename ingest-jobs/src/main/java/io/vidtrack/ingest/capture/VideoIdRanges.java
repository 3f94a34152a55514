package io.vidtrack.ingest.capture;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vidtrack.ingest.support.PartitionWorker;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Splits the videos' ids into contiguous ranges, one per worker of the page step: ranges, not a modulus, so each
 * worker's keyset reader walks only its own stretch of the index. The first range starts at 0 and the last ends at
 * {@link Long#MAX_VALUE}, so a video added during the run still falls in one. Spring Batch keeps each range in
 * its worker's execution context, so a restart resumes the same ranges.
 */
class VideoIdRanges implements Partitioner {

	static final String FIRST_ID = "firstId";

	static final String LAST_ID = "lastId";

	private static final String BOUNDS = "select coalesce(min(id), 0), coalesce(max(id), 0) from videos";

	private final JdbcOperations jdbc;

	VideoIdRanges(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		long[] bounds = this.jdbc.queryForObject(BOUNDS, (row, n) -> new long[] { row.getLong(1), row.getLong(2) });
		return split(bounds[0], bounds[1], gridSize);
	}

	static Map<String, ExecutionContext> split(long lowest, long highest, int parts) {
		long size = Math.max(1, Math.ceilDiv(highest - lowest + 1, parts));
		Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
		for (int part = 0; part < parts; part++) {
			String name = "ids" + part;
			ExecutionContext range = PartitionWorker.mark(new ExecutionContext(), name);
			range.putLong(FIRST_ID, (part == 0) ? 0 : lowest + part * size);
			range.putLong(LAST_ID, (part == parts - 1) ? Long.MAX_VALUE : lowest + (part + 1) * size - 1);
			ranges.put(name, range);
		}
		return ranges;
	}

}
