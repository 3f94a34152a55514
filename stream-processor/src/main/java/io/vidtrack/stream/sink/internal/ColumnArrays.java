package io.vidtrack.stream.sink.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Counts;
import io.vidtrack.stream.topology.Tally;

/** Sets a statement's parameters, from the first on, to one array per column of the aggregate rows. */
final class ColumnArrays {

	private final PreparedStatement statement;

	private final List<Map.Entry<AggregateKey, Tally>> rows;

	private int parameter = 1;

	ColumnArrays(PreparedStatement statement, List<Map.Entry<AggregateKey, Tally>> rows) {
		this.statement = statement;
		this.rows = rows;
	}

	/** The entity type and id. */
	ColumnArrays key() throws SQLException {
		String[] types = new String[this.rows.size()];
		Long[] ids = new Long[this.rows.size()];
		for (int i = 0; i < types.length; i++) {
			types[i] = this.rows.get(i).getKey().type().sqlName();
			ids[i] = this.rows.get(i).getKey().entityId();
		}
		return set(array("text", types)).set(array("bigint", ids));
	}

	ColumnArrays days() throws SQLException {
		Date[] days = new Date[this.rows.size()];
		for (int i = 0; i < days.length; i++) {
			days[i] = Date.valueOf(this.rows.get(i).getKey().day());
		}
		return set(array("date", days));
	}

	ColumnArrays longs(ToLongFunction<Tally> column) throws SQLException {
		return set(longs(this.rows.stream().map(Map.Entry::getValue).toList(), column));
	}

	/** Five columns: views, likes, comments, shares and saves. */
	ColumnArrays counts(Function<Tally, Counts> counts) throws SQLException {
		List<Counts> column = this.rows.stream().map((row) -> counts.apply(row.getValue())).toList();
		return set(longs(column, Counts::views)).set(longs(column, Counts::likes))
			.set(longs(column, Counts::comments))
			.set(longs(column, Counts::shares))
			.set(longs(column, Counts::saves));
	}

	private <T> Array longs(List<T> column, ToLongFunction<T> field) throws SQLException {
		Long[] values = new Long[column.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = field.applyAsLong(column.get(i));
		}
		return array("bigint", values);
	}

	private Array array(String type, Object[] values) throws SQLException {
		return this.statement.getConnection().createArrayOf(type, values);
	}

	private ColumnArrays set(Array array) throws SQLException {
		this.statement.setArray(this.parameter++, array);
		return this;
	}

}
