package io.vidtrack.ingest.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * JDBC binding helpers. Nulls are bound with their SQL type so that the driver never has to ask the database
 * for parameter metadata in the middle of a batch.
 */
public final class Sql {

	private Sql() {
	}

	/** The form the PostgreSQL driver binds as {@code timestamptz}. */
	public static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	public static void setTimestamp(PreparedStatement statement, int index, @Nullable Instant instant)
			throws SQLException {
		if (instant == null) {
			statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
		}
		else {
			statement.setObject(index, timestamp(instant), Types.TIMESTAMP_WITH_TIMEZONE);
		}
	}

	public static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, value);
		}
	}

	public static void setString(PreparedStatement statement, int index, @Nullable String value)
			throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, value);
		}
	}

	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	public static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
