package io.vidtrack.ingest.capture;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.vidtrack.ingest.ControllableClient;
import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.IngestJobsTest;
import io.vidtrack.ingest.SlotRuns;
import io.vidtrack.ingest.TestDatabase;
import io.vidtrack.simulator.Fault;
import io.vidtrack.simulator.MutableClock;
import io.vidtrack.simulator.SimulatorServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static io.vidtrack.ingest.JobTestConfiguration.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The page step split into three id ranges, captured by three workers at once. */
@IngestJobsTest
@TestPropertySource(properties = "vidtrack.ingest.capture.page-partitions=3")
class PartitionedCaptureTests {

	private static final Instant NEXT_DAY = ORIGIN.plus(Duration.ofHours(25));

	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private JobRepositoryTestUtils repository;

	@Autowired
	private Job discoverVideosJob;

	@Autowired
	private Job captureStatsJob;

	@Autowired
	private SimulatorServer simulator;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ControllableClient client;

	private final JdbcTemplate jdbc = TestDatabase.jdbc();

	private final Fixtures fixtures = new Fixtures(this.jdbc);

	private SlotRuns runs;

	private int videos;

	@BeforeEach
	void discoverYesterdayWithListingsFailingToday() throws Exception {
		this.repository.removeJobExecutions();
		TestDatabase.clean();
		this.simulator.faults().reset();
		this.clock.set(ORIGIN);
		this.client.reset();
		long project = this.fixtures.project(this.fixtures.org("ultra", 24, 24));
		for (int index : new int[] { 0, 1, 2 }) {
			this.fixtures.creator(project, this.simulator.population().creators().get(index).handle(), "auto",
					LocalDate.ofInstant(ORIGIN.minus(Duration.ofDays(6)), ZoneOffset.UTC));
		}
		this.runs = new SlotRuns(this.jobs);
		assertThat(this.runs.run(this.discoverVideosJob, ORIGIN).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.videos = this.fixtures.count("select count(*) from videos");
		this.clock.set(NEXT_DAY);
		this.client.reset();
		// so that every video goes through the page step
		this.simulator.faults().failNext("/api/", Fault.MALFORMED_JSON, 1000);
	}

	@Test
	void capturesEveryDueVideoOnceAcrossTheRanges() throws Exception {
		// when
		JobExecution execution = this.runs.run(this.captureStatsJob, NEXT_DAY);

		// then: three workers, together reading every video once
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(workers(execution)).hasSize(3).allSatisfy((worker) -> assertThat(worker.getReadCount()).isPositive());
		assertThat(SlotRuns.step(execution, "captureFromPagesStep").getWriteCount()).isEqualTo(this.videos);
		assertThat(snapshotsPerVideo()).hasSize(this.videos).containsOnly(2);
	}

	@Test
	void restartsOnlyTheUnfinishedRangesWithoutDoubleSnapshots() throws Exception {
		// given: pages break after ten fetches, with the three workers fetching at once
		this.client.blockPostPagesAfter(10);
		JobExecution failed = this.runs.run(this.captureStatsJob, NEXT_DAY);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		long written = SlotRuns.step(failed, "captureFromPagesStep").getWriteCount();
		assertThat(written).isLessThan(this.videos);
		this.client.blockPostPagesAfter(Integer.MAX_VALUE);

		// when
		JobExecution restarted = this.runs.run(this.captureStatsJob, NEXT_DAY);

		// then: the restart reads what the failed attempt did not write, and every video has one snapshot today
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(SlotRuns.step(restarted, "captureFromPagesStep").getReadCount()).isEqualTo(this.videos - written);
		assertThat(snapshotsPerVideo()).hasSize(this.videos).containsOnly(2);
	}

	private static List<StepExecution> workers(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().startsWith("captureFromPageRangeStep:"))
			.toList();
	}

	private List<Integer> snapshotsPerVideo() {
		return this.jdbc.queryForList("select count(*) from stats_snapshots group by video_id", Integer.class);
	}

}
