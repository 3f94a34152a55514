package io.vidtrack.bench;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/** A fresh embedded Postgres 17 per benchmark run, migrated by the same Flyway scripts as production. */
final class BenchDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private BenchDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static BenchDatabase start() throws IOException {
		return start(null);
	}

	/**
	 * Starts on {@code dataDirectory} when given, keeping what it holds (so that a long seed can be measured
	 * again), else on a fresh temporary one.
	 */
	static BenchDatabase start(@Nullable Path dataDirectory) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (dataDirectory != null) {
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
		}
		// benchmark data is disposable: trade durability for fewer fsyncs, as a tuned bulk host would, unless
		// -Dvidtrack.bench.durable=true asks for a production server's settings (fsync, synchronous commits)
		String durable = Boolean.getBoolean("vidtrack.bench.durable") ? "on" : "off";
		EmbeddedPostgres postgres = builder
			.setServerConfig("synchronous_commit", durable)
			.setServerConfig("fsync", durable)
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("max_wal_size", "4GB")
			.start();
		Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
		return new BenchDatabase(postgres);
	}

	DataSource dataSource() {
		return this.postgres.getPostgresDatabase();
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
