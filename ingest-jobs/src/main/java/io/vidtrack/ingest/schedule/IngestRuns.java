package io.vidtrack.ingest.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import io.vidtrack.ingest.support.FetchGuard;
import io.vidtrack.ingest.support.Slot;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.TransientDataAccessException;

/**
 * Starts the jobs, one job instance per slot: starting a slot again restarts a failed or stopped execution from
 * its last committed chunk and never runs a completed one twice. At most one execution per job runs at a time;
 * scheduled runs wait for it, manual runs skip. After a run was stopped by a captcha or verify wall, manual runs
 * pause for a while instead of knocking again every few seconds.
 */
class IngestRuns {

	private static final Log logger = LogFactory.getLog(IngestRuns.class);

	// Batch creates job instances in SERIALIZABLE transactions: two jobs started at the same moment (the manual
	// poller and a slot) can fail one with a serialization error, which is safe to try again
	private static final RetryTemplate START_RETRY = new RetryTemplate(RetryPolicy.builder()
		.includes(TransientDataAccessException.class)
		.maxRetries(3)
		.delay(Duration.ofMillis(100))
		.jitter(Duration.ofMillis(50))
		.build());

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job discover;

	private final Job capture;

	private final Job prune;

	private final Clock clock;

	private final Duration blockedPause;

	private final Map<String, ReentrantLock> locks;

	private volatile Instant pausedUntil = Instant.MIN;

	IngestRuns(JobOperator operator, JobRepository repository, Job discover, Job capture, Job prune, Clock clock,
			Duration blockedPause) {
		this.operator = operator;
		this.repository = repository;
		this.discover = discover;
		this.capture = capture;
		this.prune = prune;
		this.clock = clock;
		this.blockedPause = blockedPause;
		this.locks = Map.of(discover.getName(), new ReentrantLock(), capture.getName(), new ReentrantLock(),
				prune.getName(), new ReentrantLock());
	}

	/** Discovery, then capture when discovery completed (now or in an earlier attempt at the slot). */
	void runHourly(Slot slot) {
		Outcome discovered = run(this.discover, slot, true);
		if (discovered.done()) {
			run(this.capture, slot, true);
		}
	}

	void runNightly(Slot slot) {
		run(this.prune, slot, true);
	}

	/** Discovery for the pending requests, unless discovery is running or runs are paused. */
	boolean tryDiscoverRequested() {
		return tryManual(this.discover);
	}

	/** Capture for the pending requests, unless capture is running or runs are paused. */
	boolean tryCaptureRequested() {
		return tryManual(this.capture);
	}

	/** Marks executions a killed process left running as failed, so that their slots can restart. */
	void recoverInterrupted() {
		for (Job job : List.of(this.discover, this.capture, this.prune)) {
			for (JobExecution execution : this.repository.findRunningJobExecutions(job.getName())) {
				logger.warn("Recovering " + job.getName() + " execution " + execution.getId()
						+ " left running by an earlier process");
				this.operator.recover(execution);
			}
		}
	}

	private boolean tryManual(Job job) {
		Instant now = this.clock.instant();
		if (now.isBefore(this.pausedUntil)) {
			return false;
		}
		return run(job, Slot.manual(now), false) != Outcome.BUSY;
	}

	Outcome run(Job job, Slot slot, boolean wait) {
		ReentrantLock lock = this.locks.get(job.getName());
		if (wait) {
			lock.lock();
		}
		else if (!lock.tryLock()) {
			return Outcome.BUSY;
		}
		try {
			JobExecution execution = start(job, slot);
			String description = execution.getExitStatus().getExitDescription();
			if (description.startsWith(FetchGuard.BLOCKED_PREFIX)) {
				this.pausedUntil = this.clock.instant().plus(this.blockedPause);
			}
			logger.info(job.getName() + " " + slot.id() + ": " + execution.getStatus()
					+ (description.isEmpty() ? "" : " (" + description + ")"));
			return (execution.getStatus() == BatchStatus.COMPLETED) ? Outcome.COMPLETED : Outcome.FAILED;
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			logger.info(job.getName() + " " + slot.id() + " already completed; not run again");
			return Outcome.ALREADY_COMPLETE;
		}
		catch (JobExecutionAlreadyRunningException ex) {
			logger.warn(job.getName() + " " + slot.id() + " is running elsewhere; not started");
			return Outcome.BUSY;
		}
		catch (Exception ex) {
			logger.error(job.getName() + " " + slot.id() + " could not start", ex);
			return Outcome.FAILED;
		}
		finally {
			lock.unlock();
		}
	}

	private JobExecution start(Job job, Slot slot) throws Exception {
		try {
			return START_RETRY.execute(() -> this.operator.start(job, slot.toJobParameters()));
		}
		catch (RetryException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	enum Outcome {

		COMPLETED, ALREADY_COMPLETE, FAILED, BUSY;

		boolean done() {
			return this == COMPLETED || this == ALREADY_COMPLETE;
		}

	}

}
