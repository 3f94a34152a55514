package io.vidtrack.ingest.capture;

import java.util.List;
import java.util.Map;

import io.vidtrack.ingest.support.PartitionWorker;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class VideoIdRangesTests {

	@Test
	void splitsTheIdsIntoContiguousRangesThatCoverEveryId() {
		// when
		Map<String, ExecutionContext> ranges = VideoIdRanges.split(101, 400, 3);

		// then: from 0 to the largest id there is, so that a video added during the run falls in one too
		assertThat(bounds(ranges)).containsExactly(List.of(0L, 200L), List.of(201L, 300L),
				List.of(301L, Long.MAX_VALUE));
	}

	@Test
	void marksEveryRangeAsAWorkersSoThatItsCountsAreNotAddedTwice() {
		// given
		JobExecution job = new JobExecution(1, new JobInstance(1, "captureStatsJob"), new JobParameters());

		// when
		List<StepExecution> workers = VideoIdRanges.split(1, 10, 2).values().stream().map((range) -> {
			StepExecution worker = new StepExecution(2, "worker", job);
			worker.setExecutionContext(range);
			return worker;
		}).toList();

		// then
		assertThat(workers).allMatch(PartitionWorker::isWorker);
		assertThat(PartitionWorker.isWorker(new StepExecution(3, "captureFromPagesStep", job))).isFalse();
	}

	@Test
	void givesEveryWorkerARangeWhenThereAreFewerVideosThanWorkers() {
		// when: two videos, ids 7 and 8, and four workers; and no videos at all
		Map<String, ExecutionContext> few = VideoIdRanges.split(7, 8, 4);
		Map<String, ExecutionContext> none = VideoIdRanges.split(0, 0, 2);

		// then
		assertThat(bounds(few)).containsExactly(List.of(0L, 7L), List.of(8L, 8L), List.of(9L, 9L),
				List.of(10L, Long.MAX_VALUE));
		assertThat(bounds(none)).containsExactly(List.of(0L, 0L), List.of(1L, Long.MAX_VALUE));
	}

	private static List<List<Long>> bounds(Map<String, ExecutionContext> ranges) {
		return ranges.values()
			.stream()
			.map((range) -> List.of(range.getLong(VideoIdRanges.FIRST_ID), range.getLong(VideoIdRanges.LAST_ID)))
			.toList();
	}

}
