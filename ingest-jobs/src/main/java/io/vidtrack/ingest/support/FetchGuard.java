package io.vidtrack.ingest.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import io.vidtrack.tiktok.FetchResult;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Turns fetch outcomes a processor does not handle into exceptions, and stops a job politely once TikTok shows
 * a captcha or verify wall: the first {@code Blocked} closes the guard, every later fetch of the step (the other
 * items of the chunk run concurrently) fails fast without a request, the step fails, and the job's exit
 * description says why and how far it got. The job instance stays restartable. One guard per job.
 */
public class FetchGuard implements StepExecutionListener, JobExecutionListener {

	/** Every blocked run's exit description starts so. */
	public static final String BLOCKED_PREFIX = "blocked by TikTok";

	private final AtomicReference<@Nullable String> blockedReason = new AtomicReference<>();

	private volatile @Nullable String description;

	/** Throws when an earlier fetch of this step was blocked, so no further request is made. */
	public void ensureOpen() {
		String reason = this.blockedReason.get();
		if (reason != null) {
			throw new TikTokBlockedException(reason);
		}
	}

	/**
	 * The exception for an outcome the caller does not handle itself: {@link TikTokBlockedException} for
	 * {@code Blocked} (closing the guard), {@link FetchFailedException} (skipped and recorded) for the rest.
	 */
	public RuntimeException failure(FetchResult<?> result, ScrapeTarget target) {
		return switch (result) {
			case FetchResult.Blocked<?> blocked -> {
				this.blockedReason.compareAndSet(null, blocked.reason());
				yield new TikTokBlockedException(blocked.reason());
			}
			case FetchResult.LayoutChanged<?> changed -> skipped(target, result, changed.reason());
			case FetchResult.RateLimited<?> limited ->
				skipped(target, result, "still rate limited after retries (retry after " + limited.retryAfter() + ")");
			case FetchResult.Failed<?> failed -> skipped(target, result, failed.reason());
			case FetchResult.Gone<?> gone -> skipped(target, result, goneReason(gone));
			case FetchResult.Ok<?> ok -> new IllegalStateException("Not a failure: " + ok);
		};
	}

	public static String goneReason(FetchResult.Gone<?> gone) {
		return gone.reason().name().toLowerCase(Locale.ROOT) + " (statusCode " + gone.statusCode() + ": "
				+ gone.statusMessage() + ")";
	}

	private static FetchFailedException skipped(ScrapeTarget target, FetchResult<?> result, String reason) {
		return new FetchFailedException(target.failure(result.outcome(), reason));
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		this.blockedReason.set(null);
		this.description = null;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.blockedReason.set(null);
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		String reason = this.blockedReason.get();
		if (reason == null) {
			return null;
		}
		// a partitioned step's workers are already summed into their manager
		long written = stepExecution.getJobExecution()
			.getStepExecutions()
			.stream()
			.filter((step) -> !PartitionWorker.isWorker(step))
			.mapToLong(StepExecution::getWriteCount)
			.sum();
		String text = BLOCKED_PREFIX + " (" + reason + "): stopped after " + written + " items";
		this.description = text;
		return new ExitStatus(ExitStatus.FAILED.getExitCode(), text);
	}

	/** The step's own description leads with the stack trace; the job's says it plainly. */
	@Override
	public void afterJob(JobExecution jobExecution) {
		String text = this.description;
		if (text != null && jobExecution.getStatus() == BatchStatus.FAILED) {
			jobExecution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), text));
		}
	}

}
