package io.vidtrack.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.vidtrack.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxRelayKafkaOutageTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final JdbcTemplate jdbc = TestDatabase.jdbc();

	@BeforeEach
	void emptyOutbox() {
		this.jdbc.update("delete from outbox");
	}

	@Test
	void keepsTheRowsWhileKafkaIsUnreachableAndCatchesUpWhenItIsBack() throws Exception {
		// given a relay that cannot reach Kafka
		List<Long> keys = Sequences.freshKeys(10);
		IntStream.range(0, 5).forEach((seq) -> Sequences.commit(keys, seq));
		try (KafkaGate gate = new KafkaGate(TestBroker.bootstrapServers());
				RecordingConsumer consumer = new RecordingConsumer(TestBroker.bootstrapServers(),
						Topics.VIDEO_SNAPSHOTS);
				OutboxRelay relay = relay(gate.bootstrapServers())) {
			relay.start();
			await().atMost(WAIT).until(() -> relay.stats().failedAttempts() >= 2);
			assertThat(TestDatabase.outboxRows()).isEqualTo(50);
			assertThat(relay.stats().published()).isZero();
			assertThat(consumer.during(Duration.ofMillis(200))).isEmpty();

			// when Kafka becomes reachable, and more is written
			gate.open();
			IntStream.range(5, 10).forEach((seq) -> Sequences.commit(keys, seq));

			// then
			List<ConsumerRecord<String, String>> records = consumer
				.until((received) -> Sequences.complete(received, keys, 10), WAIT);
			assertThat(Sequences.received(records, keys))
				.allSatisfy((key, seqs) -> assertThat(Sequences.inOrderWithResends(seqs, 10))
					.as("key %d received %s", key, seqs)
					.isTrue());
			await().atMost(WAIT).until(() -> TestDatabase.outboxRows() == 0);
			assertThat(relay.stats().published()).isEqualTo(100);
		}
	}

	private static OutboxRelay relay(String servers) {
		Duration timeout = Duration.ofSeconds(1);
		OutboxRelaySettings settings = new OutboxRelaySettings(100, Duration.ofMillis(20), Duration.ofMillis(300),
				Duration.ofMillis(100), 4343);
		return new OutboxRelay(TestDatabase.dataSource(),
				OutboxKafka.producers(OutboxKafka.producerConfig(servers, timeout, Map.of())),
				new TopicsInitializer(OutboxKafka.adminConfig(servers, timeout, Map.of()), TopicSettings.defaults(),
						timeout),
				settings);
	}

}
