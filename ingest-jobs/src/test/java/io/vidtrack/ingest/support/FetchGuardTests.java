package io.vidtrack.ingest.support;

import java.time.Duration;

import io.vidtrack.tiktok.FetchResult;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class FetchGuardTests {

	private final FetchGuard guard = new FetchGuard();

	private final JobExecution job = new JobExecution(1, new JobInstance(1, "captureStatsJob"), new JobParameters());

	@Test
	void classifiesTransientAndLayoutFailuresAsSkippable() {
		// given
		ScrapeTarget target = ScrapeTarget.video(3, "https://www.tiktok.com/@ana/video/1");

		// when
		RuntimeException limited = this.guard.failure(new FetchResult.RateLimited<>(Duration.ofSeconds(2)), target);
		RuntimeException failed = this.guard.failure(new FetchResult.Failed<>("HTTP 503"), target);

		// then
		assertThat(limited).isInstanceOfSatisfying(FetchFailedException.class,
				(ex) -> assertThat(ex.failure().outcome()).isEqualTo("rate_limited"));
		assertThat(failed).isInstanceOfSatisfying(FetchFailedException.class,
				(ex) -> assertThat(ex.failure().reason()).isEqualTo("HTTP 503"));
		this.guard.ensureOpen();
	}

	@Test
	void failsTheStepAndTheJobWithAPlainDescriptionWhenBlocked() {
		// given
		StepExecution first = new StepExecution(1, "captureFromListingsStep", this.job);
		first.setWriteCount(40);
		StepExecution second = new StepExecution(2, "captureFromPagesStep", this.job);
		second.setWriteCount(2);
		this.job.addStepExecution(first);
		this.job.addStepExecution(second);
		this.guard.beforeJob(this.job);
		this.guard.beforeStep(second);
		this.guard.failure(new FetchResult.Blocked<>("captcha"), ScrapeTarget.video(1, "u"));

		// when
		ExitStatus stepStatus = this.guard.afterStep(second);
		this.job.setStatus(BatchStatus.FAILED);
		this.guard.afterJob(this.job);

		// then
		assertThat(stepStatus).isNotNull();
		assertThat(stepStatus.getExitCode()).isEqualTo("FAILED");
		assertThat(this.job.getExitStatus().getExitDescription())
			.isEqualTo("blocked by TikTok (captcha): stopped after 42 items");
	}

	@Test
	void countsAPartitionedStepsWritesOnceInItsDescription() {
		// given: the manager's count is its two workers' sum, the workers named as no separator would tell
		StepExecution manager = new StepExecution(1, "captureFromPagesStep", this.job);
		manager.setWriteCount(8);
		StepExecution firstWorker = new StepExecution(2, "rangeWorker0", this.job);
		firstWorker.setExecutionContext(PartitionWorker.mark(new ExecutionContext(), "ids0"));
		firstWorker.setWriteCount(5);
		StepExecution secondWorker = new StepExecution(3, "rangeWorker1", this.job);
		secondWorker.setExecutionContext(PartitionWorker.mark(new ExecutionContext(), "ids1"));
		secondWorker.setWriteCount(3);
		this.job.addStepExecution(manager);
		this.job.addStepExecution(firstWorker);
		this.job.addStepExecution(secondWorker);
		this.guard.beforeJob(this.job);
		this.guard.beforeStep(manager);
		this.guard.failure(new FetchResult.Blocked<>("captcha"), ScrapeTarget.video(1, "u"));

		// when
		ExitStatus status = this.guard.afterStep(manager);

		// then
		assertThat(status.getExitDescription()).isEqualTo("blocked by TikTok (captcha): stopped after 8 items");
	}

	@Test
	void leavesAnUnblockedStepAlone() {
		// given
		StepExecution step = new StepExecution(1, "discoverVideosStep", this.job);
		this.guard.beforeJob(this.job);
		this.guard.beforeStep(step);

		// when
		ExitStatus status = this.guard.afterStep(step);

		// then
		assertThat(status).isNull();
	}

}
