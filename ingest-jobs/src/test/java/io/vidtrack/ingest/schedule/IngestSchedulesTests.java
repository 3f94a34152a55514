package io.vidtrack.ingest.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.IngestJobsApplication;
import io.vidtrack.ingest.JobTestConfiguration;
import io.vidtrack.ingest.TestDatabase;
import io.vidtrack.simulator.SimulatorServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static io.vidtrack.ingest.JobTestConfiguration.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application as it runs: schedules on, the poller every 200 ms. Its own context, closed afterwards, so its
 * poller never touches another test's rows.
 */
@SpringBootTest(classes = { IngestJobsApplication.class, JobTestConfiguration.class },
		properties = { "vidtrack.outbox.relay.enabled=false", "vidtrack.ingest.schedule.poll-interval=200ms",
				"vidtrack.ingest.schedule.run-on-startup=true", "vidtrack.ingest.schedule.hourly-cron=0 0 0 1 1 *",
				"vidtrack.ingest.schedule.nightly-cron=0 0 0 1 1 *" })
@DirtiesContext
class IngestSchedulesTests {

	@Autowired
	private SimulatorServer simulator;

	private final Fixtures fixtures = new Fixtures(TestDatabase.jdbc());

	@BeforeAll
	static void clean() {
		TestDatabase.clean();
	}

	@Test
	void discoversACreatorWithinSecondsOfItsRequest() {
		// given
		long project = this.fixtures.project(this.fixtures.org("ultra"));
		long creator = this.fixtures.creator(project, this.simulator.population().creators().get(5).handle(), "auto",
				LocalDate.ofInstant(ORIGIN.minus(Duration.ofDays(5)), ZoneOffset.UTC));

		// when
		TestDatabase.jdbc().update("update creators set discovery_requested_at = now() where id = ?", creator);

		// then
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
				this.fixtures.count("select count(*) from videos where creator_id = ?", creator)).isPositive());
	}

}
