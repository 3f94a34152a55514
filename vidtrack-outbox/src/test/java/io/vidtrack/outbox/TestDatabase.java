package io.vidtrack.outbox;

import javax.sql.DataSource;

import io.vidtrack.testing.MigratedPostgres;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The test JVM's migrated Postgres, and what the outbox tests ask of it. */
final class TestDatabase {

	private TestDatabase() {
	}

	static DataSource dataSource() {
		return MigratedPostgres.dataSource();
	}

	static JdbcTemplate jdbc() {
		return new JdbcTemplate(dataSource());
	}

	static TransactionTemplate transactions() {
		return new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
	}

	static long outboxRows() {
		Long rows = jdbc().queryForObject("select count(*) from outbox", Long.class);
		return (rows != null) ? rows : -1;
	}

}
