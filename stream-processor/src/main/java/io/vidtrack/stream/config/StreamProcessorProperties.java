package io.vidtrack.stream.config;

import java.time.Duration;

import io.vidtrack.stream.topology.StatePlacement;
import io.vidtrack.stream.topology.TopologySettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the stream processor ({@code vidtrack.stream.*}).
 *
 * @param topology how the topology keeps state and sends changes
 * @param aggregates the compacted aggregates topic this application creates
 * @param sink the consumer that writes the aggregates into Postgres
 */
@ConfigurationProperties(prefix = "vidtrack.stream")
record StreamProcessorProperties(@DefaultValue Topology topology, @DefaultValue Aggregates aggregates,
		@DefaultValue Sink sink) {

	/**
	 * @param flushInterval how long a task sums changes per aggregate before it sends them on
	 * @param state where the state stores keep their data: {@code history-on-disk} (the default), {@code memory}
	 * or {@code disk} (see StatePlacement)
	 * @param flushShare the largest share of a stream thread's time flushing may take (see TopologySettings)
	 */
	record Topology(@DefaultValue("100ms") Duration flushInterval, @DefaultValue("history-on-disk") StatePlacement state,
			@DefaultValue("0.1") double flushShare) {

		TopologySettings settings() {
			return new TopologySettings(this.flushInterval, this.state, this.flushShare);
		}

	}

	/**
	 * @param partitions partitions of the aggregates topic when this application creates it
	 * @param replicationFactor its replication factor: 1 for a single local broker, 3 in production
	 */
	record Aggregates(@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor) {
	}

	/**
	 * @param enabled write the aggregates into Postgres from this application
	 * @param groupId consumer group of the sink; instances share the topic's partitions
	 * @param pollTimeout how long a poll waits for new aggregates
	 */
	record Sink(@DefaultValue("true") boolean enabled, @DefaultValue("vidtrack-aggregate-sink") String groupId,
			@DefaultValue("100ms") Duration pollTimeout) {
	}

}
