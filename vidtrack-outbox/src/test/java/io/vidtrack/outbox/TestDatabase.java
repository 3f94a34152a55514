package io.vidtrack.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One real Postgres 17 per test JVM, migrated with the project's Flyway scripts. */
final class TestDatabase {

	private static final EmbeddedPostgres postgres = start();

	// one instance: a transaction is bound to the DataSource object, so the JdbcTemplate must share it
	private static final DataSource dataSource = postgres.getPostgresDatabase();

	private TestDatabase() {
	}

	static DataSource dataSource() {
		return dataSource;
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

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("classpath:db/migration")
				.load()
				.migrate();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting anyway
				}
			}));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
