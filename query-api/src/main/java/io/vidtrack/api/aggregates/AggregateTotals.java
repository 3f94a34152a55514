package io.vidtrack.api.aggregates;

import java.sql.ResultSet;
import java.sql.SQLException;
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

	/** The totals' columns for a query that {@link #leftJoin joins} them as {@code a}: read by {@link #joined}. */
	public static final String JOINED_COLUMNS = "a.videos, a.views, a.likes, a.comments, a.shares, a.saves";

	private final JdbcOperations jdbc;

	AggregateTotals(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A left join of an entity's totals as {@code a}, so that a read of the entity brings its stats in the same
	 * round trip. {@code entityType} and {@code idColumn} are the caller's constants, never request input.
	 */
	public static String leftJoin(String entityType, String idColumn) {
		return " left join aggregate_totals a on a.entity_type = '" + entityType + "' and a.entity_id = " + idColumn;
	}

	/** The stats of a row read with {@link #JOINED_COLUMNS}; an entity with no row yet has zero totals. */
	public static EntityStats joined(ResultSet row) throws SQLException {
		long videos = row.getLong("videos");
		if (row.wasNull()) {
			return EntityStats.ZERO;
		}
		return EntityStats.of(videos, row.getLong("views"), row.getLong("likes"), row.getLong("comments"),
				row.getLong("shares"), row.getLong("saves"));
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
