package io.vidtrack.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Real Postgres 17 binaries (from a Maven artifact) whose data directory lives under {@code .vidtrack/}, so
 * data survives a restart. The role and database {@code vidtrack} are created on first start.
 */
final class LocalDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final DataSource vidtrack;

	private LocalDatabase(EmbeddedPostgres postgres, DataSource vidtrack) {
		this.postgres = postgres;
		this.vidtrack = vidtrack;
	}

	static LocalDatabase start(LocalSettings settings) throws IOException {
		Path dataDir = settings.home().resolve("postgres");
		Files.createDirectories(dataDir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setPort(settings.postgresPort())
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.start();
		JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
		if (admin.queryForObject("select count(*) from pg_roles where rolname = 'vidtrack'", Integer.class) == 0) {
			admin.execute("create role vidtrack login password 'vidtrack'");
		}
		if (admin.queryForObject("select count(*) from pg_database where datname = 'vidtrack'", Integer.class) == 0) {
			admin.execute("create database vidtrack owner vidtrack");
		}
		DataSource vidtrack = new DriverManagerDataSource(settings.jdbcUrl(), "vidtrack", "vidtrack");
		Flyway.configure().dataSource(vidtrack).locations("classpath:db/migration").load().migrate();
		return new LocalDatabase(postgres, vidtrack);
	}

	DataSource dataSource() {
		return this.vidtrack;
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
