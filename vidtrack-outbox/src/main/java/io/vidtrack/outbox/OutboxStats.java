package io.vidtrack.outbox;

/**
 * A relay's counters since it started, for logs and dashboards.
 *
 * @param leader whether this relay holds the lock (a standby reports {@code false})
 * @param published rows acknowledged by Kafka and deleted from the outbox
 * @param batches batches published
 * @param lastPublishedId id of the newest row published, 0 before the first
 * @param lag rows waiting in the outbox, or -1 when Postgres could not be asked
 * @param failedAttempts attempts that failed (Kafka or Postgres unavailable), each followed by a back-off
 */
public record OutboxStats(boolean leader, long published, long batches, long lastPublishedId, long lag,
		long failedAttempts) {

}
