package io.vidtrack.ingest.support;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/** Appends to {@code scrape_failures}, the record behind every skipped or gone item. */
public class ScrapeFailures {

	private static final String INSERT = """
			insert into scrape_failures (job_execution_id, target_type, target_id, url, outcome, reason)
			values (?, ?, ?, ?, ?, ?)""";

	private final JdbcOperations jdbc;

	public ScrapeFailures(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public void record(@Nullable Long jobExecutionId, List<ScrapeFailure> failures) {
		if (failures.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(INSERT, failures, failures.size(), (statement, failure) -> {
			Sql.setLong(statement, 1, jobExecutionId);
			statement.setString(2, failure.target().type());
			Sql.setLong(statement, 3, failure.target().id());
			Sql.setString(statement, 4, failure.target().url());
			statement.setString(5, failure.outcome());
			statement.setString(6, failure.reason());
		});
	}

}
