package io.vidtrack.ingest;

import javax.sql.DataSource;

import io.vidtrack.testing.MigratedPostgres;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test JVM's migrated Postgres (Spring Batch's tables included). Tests that need no Spring context use
 * {@link #jdbc()}; Spring tests point their datasource at it.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static DataSource dataSource() {
		return MigratedPostgres.dataSource();
	}

	public static JdbcTemplate jdbc() {
		return new JdbcTemplate(dataSource());
	}

	public static String jdbcUrl() {
		return MigratedPostgres.jdbcUrl();
	}

	/** Empties every domain table and the outbox; plans stay, ids start over. */
	public static void clean() {
		jdbc().execute("truncate orgs, outbox, scrape_failures restart identity cascade");
	}

}
