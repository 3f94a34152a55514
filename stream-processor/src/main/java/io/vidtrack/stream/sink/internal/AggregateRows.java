package io.vidtrack.stream.sink.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Counts;
import io.vidtrack.stream.topology.Tally;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowCallbackHandler;

/** Upserts absolute aggregate values, and the topic offsets they were read up to. */
public final class AggregateRows {

	// One statement per table whatever the number of rows, their columns passed as arrays: a batch of
	// single-row upserts cost ~60 µs a row (a statement each), this ~19 µs (docs/performance.md, stream section).
	// The sink sends each aggregate once per write, as one upsert may not touch a row twice.
	private static final String UPSERT_TOTALS = """
			insert into aggregate_totals (entity_type, entity_id, videos, views, likes, comments, shares, saves,
				updated_at)
			select row.*, now() from unnest(?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],
				?::bigint[], ?::bigint[]) as row
			on conflict (entity_type, entity_id) do update set videos = excluded.videos, views = excluded.views,
				likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
				saves = excluded.saves, updated_at = excluded.updated_at""";

	private static final String UPSERT_DAILY = """
			insert into aggregate_daily (entity_type, entity_id, day, videos, gained_views, gained_likes,
				gained_comments, gained_shares, gained_saves, baseline_views, baseline_likes, baseline_comments,
				baseline_shares, baseline_saves, updated_at)
			select row.*, now() from unnest(?::text[], ?::bigint[], ?::date[], ?::bigint[], ?::bigint[], ?::bigint[],
				?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],
				?::bigint[]) as row
			on conflict (entity_type, entity_id, day) do update set videos = excluded.videos,
				gained_views = excluded.gained_views, gained_likes = excluded.gained_likes,
				gained_comments = excluded.gained_comments, gained_shares = excluded.gained_shares,
				gained_saves = excluded.gained_saves, baseline_views = excluded.baseline_views,
				baseline_likes = excluded.baseline_likes, baseline_comments = excluded.baseline_comments,
				baseline_shares = excluded.baseline_shares, baseline_saves = excluded.baseline_saves,
				updated_at = excluded.updated_at""";

	private static final String UPSERT_OFFSET = """
			insert into aggregate_sink_offsets (topic, partition_id, next_offset) values (?, ?, ?)
			on conflict (topic, partition_id) do update set next_offset = excluded.next_offset, updated_at = now()""";

	private final JdbcOperations jdbc;

	public AggregateRows(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public void upsert(Collection<Map.Entry<AggregateKey, Tally>> rows) {
		List<Map.Entry<AggregateKey, Tally>> totals = rows.stream().filter((row) -> row.getKey().isTotals()).toList();
		List<Map.Entry<AggregateKey, Tally>> daily = rows.stream().filter((row) -> !row.getKey().isTotals()).toList();
		if (!totals.isEmpty()) {
			this.jdbc.update(UPSERT_TOTALS, (statement) -> new ColumnArrays(statement, totals)
				.key()
				.longs(Tally::videos)
				.counts(Tally::counts));
		}
		if (!daily.isEmpty()) {
			this.jdbc.update(UPSERT_DAILY, (statement) -> new ColumnArrays(statement, daily)
				.key()
				.days()
				.longs(Tally::videos)
				.counts(Tally::gained)
				.counts(Tally::baseline));
		}
	}

	/** The stored offsets of the topic's partitions, locked until the transaction ends. */
	public Map<Integer, Long> lockOffsets(String topic) {
		Map<Integer, Long> offsets = new HashMap<>();
		this.jdbc.query("select partition_id, next_offset from aggregate_sink_offsets where topic = ? for update",
				(RowCallbackHandler) (row) -> offsets.put(row.getInt(1), row.getLong(2)), topic);
		return offsets;
	}

	public void saveOffsets(String topic, Map<Integer, Long> nextOffsets) {
		this.jdbc.batchUpdate(UPSERT_OFFSET, List.copyOf(nextOffsets.entrySet()), nextOffsets.size(),
				(statement, offset) -> {
					statement.setString(1, topic);
					statement.setInt(2, offset.getKey());
					statement.setLong(3, offset.getValue());
				});
	}

}
