package io.vidtrack.ingest.support;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Marks the execution context a partitioner gives each worker, so that a listener can tell a worker's step
 * execution from its manager's: Spring Batch names workers {@code manager + ":" + partition}, but that separator
 * is private to it and could change.
 */
public final class PartitionWorker {

	private static final String KEY = "vidtrack.partition";

	private PartitionWorker() {
	}

	/** Marks {@code context} as the context of the worker of partition {@code name}. */
	public static ExecutionContext mark(ExecutionContext context, String name) {
		context.putString(KEY, name);
		return context;
	}

	/** Whether the step execution is a partition's worker, whose counts its manager's already include. */
	public static boolean isWorker(StepExecution step) {
		return step.getExecutionContext().containsKey(KEY);
	}

}
