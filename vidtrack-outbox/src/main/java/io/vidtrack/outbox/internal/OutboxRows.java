package io.vidtrack.outbox.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and deletes outbox rows on the connection that holds the relay lock, so a lost session fails the next
 * statement instead of letting a relay that is no longer the leader carry on.
 */
public final class OutboxRows {

	private static final String OLDEST = "select id, topic, message_key, payload from outbox order by id limit ?";

	// By id, never "id <= max": a transaction that took a lower id may still commit after this batch was read.
	private static final String DELETE = "delete from outbox where id = any(?)";

	private static final int QUERY_TIMEOUT_SECONDS = 30;

	private OutboxRows() {
	}

	public static List<OutboxRow> oldest(Connection connection, int limit) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(OLDEST)) {
			statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
			statement.setInt(1, limit);
			List<OutboxRow> rows = new ArrayList<>(limit);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					rows.add(new OutboxRow(result.getLong(1), result.getString(2), result.getString(3),
							result.getString(4)));
				}
			}
			return rows;
		}
	}

	public static int delete(Connection connection, List<OutboxRow> rows) throws SQLException {
		Array ids = connection.createArrayOf("bigint", rows.stream().map(OutboxRow::id).toArray());
		try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
			statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
			statement.setArray(1, ids);
			return statement.executeUpdate();
		}
		finally {
			ids.free();
		}
	}

}
