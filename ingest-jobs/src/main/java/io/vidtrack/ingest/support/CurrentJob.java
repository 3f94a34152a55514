package io.vidtrack.ingest.support;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/** The running job execution's id, for failure records; Batch registers the step context on every worker. */
public final class CurrentJob {

	private CurrentJob() {
	}

	public static @Nullable Long executionId() {
		StepContext context = StepSynchronizationManager.getContext();
		return (context != null) ? context.getStepExecution().getJobExecutionId() : null;
	}

}
