package io.vidtrack.stream.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import io.vidtrack.stream.sink.AggregateSink;
import io.vidtrack.stream.topology.StreamsSettings;
import io.vidtrack.stream.topology.TopologySettings;
import io.vidtrack.stream.topology.VidtrackTopology;
import io.vidtrack.stream.verify.AggregateCheck;
import io.vidtrack.stream.verify.CheckReport;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What runs between the outbox and Postgres, started as the application starts it (the topology with its
 * exactly-once settings, one stream thread, and the sink), and the waiting for its results.
 */
public final class Pipeline {

	public static final Duration PATIENCE = Duration.ofSeconds(60);

	private Pipeline() {
	}

	public static Topology topology() {
		StreamsBuilder builder = new StreamsBuilder();
		VidtrackTopology.build(builder, TopologySettings.defaults());
		return builder.build();
	}

	public static KafkaStreams startStreams(String bootstrapServers, String applicationId, Path stateDir) {
		Map<String, Object> config = StreamsSettings.exactlyOnce(bootstrapServers, applicationId,
				Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString(), StreamsConfig.REPLICATION_FACTOR_CONFIG,
						1, StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1));
		KafkaStreams streams = new KafkaStreams(topology(), new StreamsConfig(config));
		streams.start();
		return streams;
	}

	/** Stops and leaves the group at once, so that the others need not wait for a session timeout. */
	public static void stop(KafkaStreams streams) {
		streams.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
			.withTimeout(Duration.ofSeconds(30)));
	}

	public static AggregateSink startSink(DataSource database, String bootstrapServers, String groupId) {
		var sink = new AggregateSink(database, AggregateSink.consumerConfig(bootstrapServers, groupId),
				Duration.ofMillis(50));
		sink.start();
		return sink;
	}

	/** Waits for the aggregates to catch up with everything published: the check passes. */
	public static CheckReport awaitCheck(AggregateCheck check) throws InterruptedException {
		CheckReport[] last = new CheckReport[1];
		boolean passed = await(() -> {
			last[0] = check.run();
			return last[0].passed() && last[0].aggregates() > 0;
		});
		assertThat(passed).as("check passes; last: %s %s", last[0].summary(), last[0].mismatches()).isTrue();
		return last[0];
	}

	/** Whether {@code condition} became true within {@link #PATIENCE}. */
	public static boolean await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

}
