package io.vidtrack.outbox;

import java.time.Duration;

/**
 * How the relay creates missing topics.
 *
 * @param partitions partitions per topic; the stream processor scales out by partitions
 * @param replicationFactor 1 for a single local broker, 3 in production
 * @param snapshotRetention how long snapshot topics keep records (Postgres keeps the full history)
 */
public record TopicSettings(int partitions, short replicationFactor, Duration snapshotRetention) {

	public static TopicSettings defaults() {
		return new TopicSettings(6, (short) 1, Duration.ofDays(30));
	}

}
