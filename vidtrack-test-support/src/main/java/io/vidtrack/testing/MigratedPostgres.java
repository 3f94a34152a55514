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

	private static EmbeddedPostgres start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.start();
			Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
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
