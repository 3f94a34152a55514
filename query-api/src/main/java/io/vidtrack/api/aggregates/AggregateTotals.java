package io.vidtrack.api.aggregates;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Reads live totals from {@code aggregate_totals}, which the stream processor upserts: one primary-key lookup per
 * entity, never a scan of snapshots. An entity with no row yet (no counted video) has zero totals.
 */
@Component
public class AggregateTotals {

	private static final String FIND = """
			select entity_id, videos, views, likes, comments, shares, saves from aggregate_totals
			where entity_type = ? and entity_id = any(?)""";

	private final JdbcOperations jdbc;

	AggregateTotals(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** @param entityType {@code project}, {@code creator} or {@code campaign} */
	public EntityStats of(String entityType, long id) {
		return of(entityType, java.util.List.of(id)).getOrDefault(id, EntityStats.ZERO);
	}

	/** Totals of many entities in one query; ids without a row map to {@link EntityStats#ZERO}. */
	public Map<Long, EntityStats> of(String entityType, Collection<Long> ids) {
		Map<Long, EntityStats> stats = new HashMap<>();
		ids.forEach((id) -> stats.put(id, EntityStats.ZERO));
		if (ids.isEmpty()) {
			return stats;
		}
		this.jdbc.query(FIND, (row) -> {
			stats.put(row.getLong(1), EntityStats.of(row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
					row.getLong(6), row.getLong(7)));
		}, entityType, ids.toArray(Long[]::new));
		return stats;
	}

}
