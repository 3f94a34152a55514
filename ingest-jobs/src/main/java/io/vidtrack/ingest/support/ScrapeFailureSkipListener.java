package io.vidtrack.ingest.support;

import java.util.List;

import org.springframework.batch.core.listener.SkipListener;

/**
 * Records why an item was skipped. With concurrent chunk processing this runs on the fetching thread,
 * outside the chunk's transaction: the failure happened whether or not the chunk later commits.
 */
public class ScrapeFailureSkipListener implements SkipListener<Object, Object> {

	private final ScrapeFailures failures;

	public ScrapeFailureSkipListener(ScrapeFailures failures) {
		this.failures = failures;
	}

	@Override
	public void onSkipInProcess(Object item, Throwable ex) {
		if (ex instanceof FetchFailedException failed) {
			this.failures.record(CurrentJob.executionId(), List.of(failed.failure()));
		}
	}

}
