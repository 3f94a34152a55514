package io.vidtrack.ingest.capture;

import java.util.List;

import io.vidtrack.ingest.IngestJobsTest;
import io.vidtrack.ingest.SlotRuns;
import io.vidtrack.simulator.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The page step split into three id ranges, captured by three workers at once. */
@IngestJobsTest
@TestPropertySource(properties = "vidtrack.ingest.capture.page-partitions=3")
class PartitionedCaptureTests extends DiscoveredYesterday {

	private int videos;

	@BeforeEach
	void failListings() {
		this.videos = this.fixtures.count("select count(*) from videos");
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
		assertThat(snapshotCounts().values()).hasSize(this.videos).containsOnly(2);
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
		assertThat(snapshotCounts().values()).hasSize(this.videos).containsOnly(2);
	}

	private static List<StepExecution> workers(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().startsWith("captureFromPageRangeStep:"))
			.toList();
	}

}
