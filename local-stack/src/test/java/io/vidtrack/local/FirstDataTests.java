package io.vidtrack.local;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class FirstDataTests {

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void startPostgres() throws Exception {
		postgres = EmbeddedPostgres.start();
	}

	@AfterAll
	static void stopPostgres() throws Exception {
		postgres.close();
	}

	@Test
	void tellsWhenTheFirstNewSnapshotsArriveCountedFromTheCommand() throws Exception {
		// given a database that held one snapshot before the stack started
		JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
		jdbc.execute("create table stats_snapshots (video_id bigint)");
		jdbc.update("insert into stats_snapshots values (1)");
		BlockingQueue<String> log = new LinkedBlockingQueue<>();
		long commandStarted = System.currentTimeMillis() - Duration.ofSeconds(20).toMillis();

		// when the stack watches, and a capture writes two more
		FirstData.watch(postgres.getPostgresDatabase(), commandStarted, log::add);
		assertThat(log.poll(600, TimeUnit.MILLISECONDS)).as("nothing new yet").isNull();
		jdbc.update("insert into stats_snapshots values (2), (3)");

		// then
		assertThat(log.poll(10, TimeUnit.SECONDS)).matches("first stats snapshots in Postgres 2\\d\\.\\d s after the"
				+ " command \\(2 new\\)");
	}

	@Test
	void countsFromTheScriptsStartWhenItSaysAndFromTheJvmsOtherwise() {
		long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();

		assertThat(LocalStack.commandStartedMillis(Map.of("VIDTRACK_COMMAND_STARTED_MS", "1795750000123")))
			.isEqualTo(1795750000123L);
		assertThat(LocalStack.commandStartedMillis(Map.of("VIDTRACK_COMMAND_STARTED_MS", "1795750000%3N"))).isEqualTo(jvmStarted);
		assertThat(LocalStack.commandStartedMillis(Map.of())).isEqualTo(jvmStarted);
	}

}
