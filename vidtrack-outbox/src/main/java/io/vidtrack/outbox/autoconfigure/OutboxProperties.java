package io.vidtrack.outbox.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.vidtrack.outbox.OutboxRelaySettings;
import io.vidtrack.outbox.TopicSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code vidtrack.outbox}.
 *
 * @param bootstrapServers Kafka for the relay; falls back to {@code spring.kafka.bootstrap-servers}
 * @param kafka extra producer properties (security, compression, ...); they cannot turn off idempotence,
 * {@code acks=all} or the in-flight limit
 */
@ConfigurationProperties("vidtrack.outbox")
public record OutboxProperties(@Nullable List<String> bootstrapServers, @DefaultValue Relay relay,
		@DefaultValue TopicsProperties topics, @DefaultValue Map<String, String> kafka) {

	/**
	 * The relay; off unless enabled, so only the process that should publish (ingest-jobs) does.
	 *
	 * @param sendTimeout how long Kafka may take to acknowledge a record before the batch is retried
	 * @param lockKey the advisory lock key; relays with the same key and database share one outbox
	 */
	public record Relay(@DefaultValue("false") boolean enabled, @DefaultValue("500") int batchSize,
			@DefaultValue("100ms") Duration idleSleep, @DefaultValue("5s") Duration maxBackoff,
			@DefaultValue("1s") Duration standbyRetry, @DefaultValue("30s") Duration sendTimeout,
			@Nullable Long lockKey) {

		OutboxRelaySettings settings() {
			return new OutboxRelaySettings(this.batchSize, this.idleSleep, this.maxBackoff, this.standbyRetry,
					(this.lockKey != null) ? this.lockKey : OutboxRelaySettings.DEFAULT_LOCK_KEY);
		}

	}

	/**
	 * Creation of missing topics before the first publish.
	 *
	 * @param snapshotRetention retention of the snapshot topics; state topics are compacted instead
	 */
	public record TopicsProperties(@DefaultValue("true") boolean create, @DefaultValue("6") int partitions,
			@DefaultValue("1") short replicationFactor, @DefaultValue("30d") Duration snapshotRetention) {

		TopicSettings settings() {
			return new TopicSettings(this.partitions, this.replicationFactor, this.snapshotRetention);
		}

	}

}
