package io.vidtrack.ingest.support;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.RowMapper;

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
		return new JdbcPagingItemReaderBuilder<T>().name(name)
			.dataSource(dataSource)
			.selectClause("*")
			.fromClause(fromClause)
			.sortKeys(Map.of(sortKey, Order.ASCENDING))
			.parameterValues(slot.queryParameters())
			.pageSize(pageSize)
			.rowMapper(rowMapper)
			.build();
	}

}
