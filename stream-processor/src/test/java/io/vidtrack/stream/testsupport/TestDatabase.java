package io.vidtrack.stream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One real Postgres 17 per test JVM, migrated with the project's Flyway scripts. */
public final class TestDatabase {

	private static final EmbeddedPostgres postgres = start();

	// one instance: a transaction is bound to the DataSource object, so the JdbcTemplate must share it
	private static final DataSource dataSource = postgres.getPostgresDatabase();

	private TestDatabase() {
	}

	public static DataSource dataSource() {
		return dataSource;
	}

	/** The JDBC URL of a database made by {@link #newDatabase}. */
	public static String jdbcUrl(String database) {
		return postgres.getJdbcUrl("postgres", database);
	}

	/** A new, empty, migrated database, for a test that checks everything in it. */
	public static DataSource newDatabase(String name) {
		jdbc().execute("create database " + name);
		DataSource database = postgres.getDatabase("postgres", name);
		migrate(database);
		return database;
	}

	public static JdbcTemplate jdbc() {
		return new JdbcTemplate(dataSource());
	}

	public static TransactionTemplate transactions() {
		return new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			migrate(postgres.getPostgresDatabase());
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

	private static void migrate(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
	}

}
