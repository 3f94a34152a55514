package io.vidtrack.ingest.support;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;

/**
 * The keyset-paged reader every due query uses: {@code fromClause} is a subquery bound to the slot's
 * {@code :asOf} and {@code :requestedOnly}, paged by one ascending key whose last value the step saves, so a
 * restart resumes after the last committed chunk. {@code name} keys that saved position: keep it stable.
 */
public final class DueReaders {

	private DueReaders() {
	}

	public static <T> JdbcPagingItemReader<T> keyset(String name, DataSource dataSource, String fromClause,
			String sortKey, Slot slot, int pageSize, RowMapper<T> rowMapper) throws Exception {
		return keyset(name, dataSource, fromClause, sortKey, slot.queryParameters(), pageSize, rowMapper);
	}

	/** As above, with more named parameters than the slot's. */
	public static <T> JdbcPagingItemReader<T> keyset(String name, DataSource dataSource, String fromClause,
			String sortKey, Map<String, Object> parameters, int pageSize, RowMapper<T> rowMapper) throws Exception {
		return new JdbcPagingItemReaderBuilder<T>().name(name)
			.dataSource(dataSource)
			.selectClause("*")
			.fromClause(fromClause)
			.sortKeys(Map.of(sortKey, Order.ASCENDING))
			.parameterValues(named(fromClause, parameters))
			.pageSize(pageSize)
			.rowMapper(rowMapper)
			.build();
	}

	// the reader binds every value it is given, so a text that names fewer (a manual slot's) gets only its own
	private static Map<String, Object> named(String sql, Map<String, Object> values) {
		Map<String, Object> named = new HashMap<>();
		NamedParameterUtils
			.buildSqlParameterList(NamedParameterUtils.parseSqlStatement(sql), new MapSqlParameterSource(values))
			.forEach((parameter) -> named.put(parameter.getName(), values.get(parameter.getName())));
		return named;
	}

}
