package io.vidtrack.outbox.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Doubles the pause after each consecutive failure up to a ceiling, and keeps the log readable while Kafka or
 * Postgres is down: the first failure is logged with its stack trace, then one line at most every 30 seconds.
 */
public final class FailureTracker {

	private static final Logger logger = LoggerFactory.getLogger("io.vidtrack.outbox.OutboxRelay");

	private static final long LOG_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	private int consecutive;

	private long lastLogged;

	public FailureTracker(Duration initialBackoff, Duration maxBackoff) {
		this.initialBackoff = initialBackoff;
		this.maxBackoff = maxBackoff;
	}

	/** Records a failure and returns how long to wait before the next attempt. */
	public Duration failed(String what, Exception ex) {
		this.consecutive++;
		long now = System.nanoTime();
		if (this.consecutive == 1) {
			logger.warn("{} failed; the outbox rows stay and will be retried", what, ex);
			this.lastLogged = now;
		}
		else if (now - this.lastLogged >= LOG_EVERY_NANOS) {
			logger.warn("{} still failing after {} attempts: {}", what, this.consecutive, ex.toString());
			this.lastLogged = now;
		}
		return backoff();
	}

	public void succeeded() {
		if (this.consecutive > 0) {
			logger.info("Outbox relay recovered after {} failed attempts", this.consecutive);
			this.consecutive = 0;
		}
	}

	public int consecutive() {
		return this.consecutive;
	}

	private Duration backoff() {
		int doublings = Math.min(this.consecutive - 1, 20);
		Duration pause = this.initialBackoff.multipliedBy(1L << doublings);
		return (pause.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : pause;
	}

}
