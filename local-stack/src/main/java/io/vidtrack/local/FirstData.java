package io.vidtrack.local;

import java.time.Duration;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tells when the first new stats snapshots reach Postgres, counted from the command: the local stack promises data
 * within a minute, and this line shows each run whether it kept that promise (and how long a first build took).
 */
final class FirstData {

	private static final String SNAPSHOTS = "select count(*) from stats_snapshots";

	private static final Duration PATIENCE = Duration.ofMinutes(10);

	private FirstData() {
	}

	/** Watches on a daemon thread; {@code commandStartedMillis} is when the command began (epoch milliseconds). */
	static void watch(DataSource dataSource, long commandStartedMillis, Consumer<String> log) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long before = count(jdbc);
		Thread.ofPlatform().daemon().name("first-data").start(() -> {
			long deadline = System.currentTimeMillis() + PATIENCE.toMillis();
			try {
				while (System.currentTimeMillis() < deadline) {
					long now = count(jdbc);
					if (now > before) {
						log.accept(String.format("first stats snapshots in Postgres %.1f s after the command (%d new)",
								(System.currentTimeMillis() - commandStartedMillis) / 1e3, now - before));
						return;
					}
					Thread.sleep(250);
				}
				log.accept("no stats snapshots in Postgres " + PATIENCE.toMinutes() + " minutes after the command;"
						+ " see the ingest-jobs log");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				// the stack is stopping, or Postgres went away: nothing to tell
			}
		});
	}

	private static long count(JdbcTemplate jdbc) {
		Long count = jdbc.queryForObject(SNAPSHOTS, Long.class);
		return (count != null) ? count : 0;
	}

}
