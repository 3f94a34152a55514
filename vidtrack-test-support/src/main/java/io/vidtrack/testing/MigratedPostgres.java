package io.vidtrack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * One real Postgres 17 per test JVM (zonky's binaries, no Docker), migrated by the project's Flyway scripts
 * like production. Starting it takes seconds, so every test class of a module shares it.
 */
public final class MigratedPostgres {

	private static final EmbeddedPostgres POSTGRES = start();

	// one instance: a transaction is bound to the DataSource object, so every JdbcTemplate must share it
	private static final DataSource DATA_SOURCE = POSTGRES.getPostgresDatabase();

	private MigratedPostgres() {
	}

	public static DataSource dataSource() {
		return DATA_SOURCE;
	}

	public static String jdbcUrl() {
		return POSTGRES.getJdbcUrl("postgres", "postgres");
	}

	/** The JDBC URL of a database made by {@link #newDatabase}. */
	public static String jdbcUrl(String database) {
		return POSTGRES.getJdbcUrl("postgres", database);
	}

	/** A new, empty, migrated database in the same server, for a test that checks everything in it. */
	public static DataSource newDatabase(String name) {
		if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("not a plain database name: " + name);
		}
		try (var connection = DATA_SOURCE.getConnection(); var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("could not create database " + name, ex);
		}
		DataSource database = POSTGRES.getDatabase("postgres", name);
		migrate(database);
		return database;
	}

	private static void migrate(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).load().migrate();
	}

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.start();
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

}
