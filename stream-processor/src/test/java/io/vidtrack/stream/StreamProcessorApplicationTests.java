package io.vidtrack.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.stream.testsupport.OutboxPump;
import io.vidtrack.stream.testsupport.TestBroker;
import io.vidtrack.stream.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as it is deployed: Boot's configuration, Flyway, Kafka Streams and the sink. */
@SpringBootTest
class StreamProcessorApplicationTests {

	private static final String kafka = TestBroker.startAnother();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestDatabase.newDatabase("application_tests");
		registry.add("spring.datasource.url", () -> TestDatabase.jdbcUrl("application_tests"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
		registry.add("spring.kafka.bootstrap-servers", () -> kafka);
		registry.add("spring.kafka.streams.application-id", () -> "application-tests");
		registry.add("spring.kafka.streams.state-dir", () -> System.getProperty("java.io.tmpdir")
				+ "/application-tests-" + System.nanoTime());
		registry.add("vidtrack.stream.sink.group-id", () -> "application-tests-sink");
		registry.add("vidtrack.stream.aggregates.partitions", () -> TestBroker.PARTITIONS);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSnapshotOfACountedVideoReachesItsProjectTotalsInPostgres() throws Exception {
		// given
		long videoId = 987_654;
		var state = new VideoStateChanged(videoId, 1, 4242, null, "1", "direct_add", false, true, "available", null,
				"UTC", Instant.now());
		var snapshot = new StatsSnapshotCaptured(videoId, Instant.now(), 1234L, 5, 4, 3, 2, true);

		// when
		try (OutboxPump outbox = new OutboxPump(this.jdbc, kafka)) {
			outbox.append(List.of(state, snapshot));
			outbox.publish();
		}

		// then
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		List<Long> views = List.of();
		while (views.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
			views = this.jdbc.queryForList(
					"select views from aggregate_totals where entity_type = 'project' and entity_id = 4242", Long.class);
		}
		assertThat(views).containsExactly(1234L);
	}

}
