package io.vidtrack.stream.testsupport;

import javax.sql.DataSource;

import io.vidtrack.testing.MigratedPostgres;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The test JVM's migrated Postgres, and what the stream-processor tests ask of it. */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static DataSource dataSource() {
		return MigratedPostgres.dataSource();
	}

	/** The JDBC URL of a database made by {@link #newDatabase}. */
	public static String jdbcUrl(String database) {
		return MigratedPostgres.jdbcUrl(database);
	}

	/** A new, empty, migrated database, for a test that checks everything in it. */
	public static DataSource newDatabase(String name) {
		return MigratedPostgres.newDatabase(name);
	}

	public static JdbcTemplate jdbc() {
		return new JdbcTemplate(dataSource());
	}

	public static TransactionTemplate transactions() {
		return new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
	}

}
