package io.vidtrack.stream.verify;

import java.io.PrintStream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code verify}: prints every mismatch between the stored aggregates and the SQL computation, then
 * {@code aggregates=<n> mismatches=<n>}; exits with 0 only when nothing differs. Connects with
 * {@code VIDTRACK_DB_URL}, {@code VIDTRACK_DB_USER} and {@code VIDTRACK_DB_PASSWORD} (local defaults).
 */
public final class VerifyCommand {

	private VerifyCommand() {
	}

	public static int run(PrintStream out) {
		return run(new JdbcTemplate(dataSource()), out);
	}

	/** {@link #run(PrintStream)} on the database of {@code jdbc}. */
	static int run(JdbcOperations jdbc, PrintStream out) {
		CheckReport report = new AggregateCheck(jdbc).run();
		report.mismatches().forEach((mismatch) -> out.println("mismatch " + mismatch));
		out.println(report.summary());
		return report.passed() ? 0 : 1;
	}

	/** The database of {@code VIDTRACK_DB_URL}, {@code VIDTRACK_DB_USER}, {@code VIDTRACK_DB_PASSWORD}. */
	public static DataSource dataSource() {
		return new DriverManagerDataSource(env("VIDTRACK_DB_URL", "jdbc:postgresql://localhost:15432/vidtrack"),
				env("VIDTRACK_DB_USER", "vidtrack"), env("VIDTRACK_DB_PASSWORD", "vidtrack"));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
