package io.vidtrack.stream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vidtrack.events.Topics;
import io.vidtrack.stream.testsupport.TestBroker;
import io.vidtrack.stream.topology.StreamTopics;
import io.vidtrack.stream.topology.StreamsSettings;
import io.vidtrack.stream.topology.TopologySettings;
import io.vidtrack.stream.topology.VidtrackTopology;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the processor does with an input record no serde can read, with the settings it runs with. */
class DeadLetterIntegrationTests {

	@TempDir
	Path stateDir;

	@Test
	void aRecordNoOneCanReadGoesToTheDeadLettersAsItCameWithTheErrorInItsHeaders() throws Exception {
		// given
		KafkaStreams streams = start();
		byte[] key = bytes("4711");
		byte[] malformed = bytes("{\"videoId\":4711,\"capturedAt\":\"yesterday\"");

		try {
			// when
			try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
					TestBroker.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
				producer.send(new ProducerRecord<>(Topics.VIDEO_SNAPSHOTS, key, malformed)).get();
			}

			// then
			ConsumerRecord<byte[], byte[]> letter = firstDeadLetter();
			assertThat(letter.key()).isEqualTo(key);
			assertThat(letter.value()).isEqualTo(malformed);
			assertThat(header(letter, "__streams.errors.topic")).isEqualTo(Topics.VIDEO_SNAPSHOTS);
			assertThat(header(letter, "__streams.errors.message")).contains("snapshot");
			assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
		}
		finally {
			streams.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
				.withTimeout(Duration.ofSeconds(30)));
		}
	}

	private KafkaStreams start() {
		StreamsBuilder builder = new StreamsBuilder();
		VidtrackTopology.build(builder, TopologySettings.defaults());
		KafkaStreams streams = new KafkaStreams(builder.build(), new StreamsConfig(StreamsSettings.exactlyOnce(
				TestBroker.bootstrapServers(), "dead-letters-it", Map.of(StreamsConfig.STATE_DIR_CONFIG,
						this.stateDir.toString(), StreamsConfig.REPLICATION_FACTOR_CONFIG, 1))));
		streams.start();
		return streams;
	}

	/** The dead letter the processor committed (it writes it in its transaction). */
	private static ConsumerRecord<byte[], byte[]> firstDeadLetter() {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "dead-letters-it-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(StreamTopics.DEAD_LETTERS));
			List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (letters.isEmpty() && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
			}
			assertThat(letters).as("dead letters within 60 s").isNotEmpty();
			return letters.getFirst();
		}
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		assertThat(header).as("header %s", name).isNotNull();
		return new String(header.value(), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
