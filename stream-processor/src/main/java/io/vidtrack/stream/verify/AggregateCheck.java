package io.vidtrack.stream.verify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.vidtrack.stream.verify.internal.ExpectedAggregates;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Compares every stored aggregate (totals and the daily series) with the same aggregate computed in SQL from
 * the videos, snapshots and campaign items in Postgres. An aggregate missing on one side counts as all zeros.
 */
public final class AggregateCheck {

	private final JdbcOperations jdbc;

	public AggregateCheck(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public CheckReport run() {
		List<Mismatch> mismatches = new ArrayList<>();
		int[] compared = { 0 };
		RowCallbackHandler compare = (row) -> {
			int columns = (row.getMetaData().getColumnCount() - 3) / 2;
			long[] expected = values(row, 4, columns);
			long[] actual = values(row, 4 + columns, columns);
			compared[0]++;
			if (!Arrays.equals(expected, actual)) {
				mismatches.add(new Mismatch(row.getString(1), row.getLong(2),
						(row.getDate(3) != null) ? row.getDate(3).toLocalDate() : null, expected, actual));
			}
		};
		this.jdbc.query(ExpectedAggregates.TOTALS, compare);
		this.jdbc.query(ExpectedAggregates.DAILY, compare);
		return new CheckReport(compared[0], mismatches);
	}

	private static long[] values(ResultSet row, int first, int count) throws SQLException {
		long[] values = new long[count];
		for (int i = 0; i < count; i++) {
			values[i] = row.getLong(first + i); // null reads as 0: a missing aggregate is all zeros
		}
		return values;
	}

}
