package io.vidtrack.ingest.schedule;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.vidtrack.ingest.ControllableClient;
import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.FreshWorld;
import io.vidtrack.ingest.IngestJobsTest;
import io.vidtrack.ingest.TestDatabase;
import io.vidtrack.ingest.support.Slot;
import io.vidtrack.simulator.MutableClock;
import io.vidtrack.simulator.SimulatorServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.vidtrack.ingest.JobTestConfiguration.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

@IngestJobsTest
class IngestRunsTests {

	@Autowired
	private IngestRuns runs;

	@Autowired
	private FreshWorld world;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private SimulatorServer simulator;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ControllableClient client;

	private final JdbcTemplate jdbc = TestDatabase.jdbc();

	private final Fixtures fixtures = new Fixtures(this.jdbc);

	private ManualWorkPoller poller;

	private long project;

	@BeforeEach
	void reset() {
		this.world.reset();
		this.poller = new ManualWorkPoller(this.jdbc, this.runs);
		this.project = this.fixtures.project(this.fixtures.org("ultra"));
	}

	@Test
	void runsAnHourlySlotOnceHoweverOftenItIsStarted() {
		// given
		addCreator(0);
		Slot slot = Slot.scheduled(ORIGIN);
		this.runs.runHourly(slot);
		int snapshots = this.fixtures.count("select count(*) from stats_snapshots");

		// when
		this.clock.advance(Duration.ofDays(2));
		this.runs.runHourly(slot);

		// then
		assertThat(snapshots).isPositive();
		assertThat(this.fixtures.count("select count(*) from stats_snapshots")).isEqualTo(snapshots);
		assertThat(executions("discoverVideosJob")).isEqualTo(1);
		assertThat(executions("captureStatsJob")).isEqualTo(1);
	}

	@Test
	void discoversANewlyAddedCreatorWithinOnePoll() {
		// given
		long creator = addCreator(1);
		this.jdbc.update("update creators set discovery_requested_at = now() where id = ?", creator);

		// when
		this.poller.run();

		// then
		assertThat(this.fixtures.count("select count(*) from videos where creator_id = ?", creator)).isPositive();
		assertThat(this.fixtures.rows("select discovery_requested_at from creators").getFirst())
			.containsEntry("discovery_requested_at", null);
	}

	@Test
	void capturesAManualRefreshWithinOnePollAndThenRestsUntilTheNextRequest() {
		// given
		addCreator(2);
		this.runs.runHourly(Slot.scheduled(ORIGIN));
		long video = this.jdbc.queryForObject("select min(id) from videos", Long.class);
		this.jdbc.update("update videos set capture_requested_at = now(), next_capture_at = '-infinity' where id = ?",
				video);
		this.jdbc.update("insert into manual_scrape_triggers (org_id, video_id) select org_id, ? from projects", video);
		this.clock.advance(Duration.ofMinutes(3));

		// when
		this.poller.run();
		this.clock.advance(Duration.ofSeconds(2));
		this.poller.run();

		// then
		assertThat(this.fixtures.count("select count(*) from stats_snapshots where video_id = ?", video)).isEqualTo(2);
		assertThat(this.fixtures.count("select count(*) from stats_snapshots where video_id <> ?", video))
			.isEqualTo(this.fixtures.count("select count(*) from videos") - 1);
		assertThat(this.fixtures.count("select count(*) from manual_scrape_triggers where captured_at = ?",
				Timestamp.from(ORIGIN.plus(Duration.ofMinutes(3)))))
			.isEqualTo(1);
		assertThat(executions("captureStatsJob")).isEqualTo(2);
	}

	@Test
	void startsNoSecondRunOfAJobThatIsRunning() throws Exception {
		// given: an hourly discovery held in flight
		addCreator(3);
		CountDownLatch gate = new CountDownLatch(1);
		this.client.holdProfilesUntil(gate);
		Thread hourly = Thread.ofVirtual().start(() -> this.runs.runHourly(Slot.scheduled(ORIGIN)));
		while (this.client.calls() == 0) {
			Thread.sleep(10);
		}
		this.jdbc.update("update creators set discovery_requested_at = now()");

		// when
		boolean started = this.runs.tryDiscoverRequested();
		gate.countDown();
		hourly.join(TimeUnit.SECONDS.toMillis(30));

		// then
		assertThat(started).isFalse();
		assertThat(executions("discoverVideosJob")).isEqualTo(1);
	}

	@Test
	void restartsTheSlotOfARunAKilledProcessLeftRunning() throws Exception {
		// given: an execution a killed process left marked as running
		addCreator(4);
		Slot slot = Slot.scheduled(ORIGIN);
		JobInstance instance = this.jobRepository.createJobInstance("discoverVideosJob", slot.toJobParameters());
		JobExecution stale = this.jobRepository.createJobExecution(instance, slot.toJobParameters(),
				new ExecutionContext());
		stale.setStartTime(LocalDateTime.now());
		stale.setStatus(BatchStatus.STARTED);
		this.jobRepository.update(stale);
		this.runs.runHourly(slot);
		assertThat(this.fixtures.count("select count(*) from videos")).isZero();

		// when
		this.runs.recoverInterrupted();
		this.runs.runHourly(slot);

		// then
		assertThat(this.fixtures.count("select count(*) from videos")).isPositive();
		assertThat(this.jobRepository.getJobExecutions(instance)).extracting(JobExecution::getStatus)
			.containsExactlyInAnyOrder(BatchStatus.FAILED, BatchStatus.COMPLETED);
	}

	private long addCreator(int index) {
		return this.fixtures.creator(this.project, this.simulator.population().creators().get(index).handle(), "auto",
				LocalDate.ofInstant(ORIGIN.minus(Duration.ofDays(5)), ZoneOffset.UTC));
	}

	private int executions(String job) {
		return this.fixtures.count("""
				select count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id)
				where i.job_name = ?""", job);
	}

}
