package io.vidtrack.ingest;

import java.time.Instant;

import io.vidtrack.ingest.support.Slot;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;

/**
 * Starts jobs for a slot and reads their step executions. Kept out of the test classes: {@code @SpringBatchTest}
 * takes any test method returning a {@link JobExecution} or {@link StepExecution} for a scope factory.
 */
public final class SlotRuns {

	private final JobOperatorTestUtils jobs;

	public SlotRuns(JobOperatorTestUtils jobs) {
		this.jobs = jobs;
	}

	public JobExecution run(Job job, Instant slot) throws Exception {
		this.jobs.setJob(job);
		return this.jobs.startJob(Slot.scheduled(slot).toJobParameters());
	}

	public static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no step " + name + " in " + execution));
	}

}
