package io.vidtrack.outbox;

import java.time.Duration;

/**
 * How the relay polls.
 *
 * @param batchSize rows read, sent and deleted together; a full batch is followed at once by the next one
 * @param idleSleep pause after a batch that was not full, and the first back-off step after a failure
 * @param maxBackoff ceiling of the doubling back-off while Kafka or Postgres fails
 * @param standbyRetry how often a standby tries to take the lock
 * @param lockKey the Postgres advisory lock key; relays sharing it share one outbox
 */
public record OutboxRelaySettings(int batchSize, Duration idleSleep, Duration maxBackoff, Duration standbyRetry,
		long lockKey) {

	/** "vtoutbox" in ASCII, so the lock is recognisable in {@code pg_locks}. */
	public static final long DEFAULT_LOCK_KEY = 0x76746f7574626f78L;

	public OutboxRelaySettings {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be at least 1");
		}
		requirePositive(idleSleep, "idleSleep");
		requirePositive(maxBackoff, "maxBackoff");
		requirePositive(standbyRetry, "standbyRetry");
	}

	public static OutboxRelaySettings defaults() {
		return new OutboxRelaySettings(500, Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(1),
				DEFAULT_LOCK_KEY);
	}

	private static void requirePositive(Duration duration, String name) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}

}
