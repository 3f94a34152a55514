package io.vidtrack.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One embedded Postgres 17 per test JVM, migrated by Flyway like production (Spring Batch's tables included).
 * Tests that need no Spring context use {@link #jdbc()}; Spring tests point their datasource at it.
 */
public final class TestDatabase {

	private static final EmbeddedPostgres POSTGRES = start();

	private static final DataSource DATA_SOURCE = POSTGRES.getPostgresDatabase();

	private TestDatabase() {
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
					// the JVM is going away anyway
				}
			}));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static DataSource dataSource() {
		return DATA_SOURCE;
	}

	public static JdbcTemplate jdbc() {
		return new JdbcTemplate(DATA_SOURCE);
	}

	public static String jdbcUrl() {
		return POSTGRES.getJdbcUrl("postgres", "postgres");
	}

	/** Empties every domain table and the outbox; plans stay, ids start over. */
	public static void clean() {
		jdbc().execute("truncate orgs, outbox, scrape_failures restart identity cascade");
	}

}
