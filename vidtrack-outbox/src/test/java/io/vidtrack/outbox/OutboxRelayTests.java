package io.vidtrack.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.vidtrack.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxRelayTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final OutboxRelaySettings SETTINGS = new OutboxRelaySettings(100, Duration.ofMillis(20),
			Duration.ofMillis(500), Duration.ofMillis(100), 4242);

	private final JdbcTemplate jdbc = TestDatabase.jdbc();

	private final TransactionTemplate transactions = TestDatabase.transactions();

	private final OutboxWriter writer = new OutboxWriter(this.jdbc);

	@BeforeEach
	@AfterEach
	void emptyOutbox() {
		this.jdbc.execute("drop trigger if exists outbox_crash on outbox");
		this.jdbc.update("delete from outbox");
	}

	@Test
	void publishesEveryCommittedChangeInOrderPerKeyWhileWritersCommit() throws Exception {
		// given 5 writers, each owning 10 keys, committing 40 transactions of one event per key
		List<Long> keys = Sequences.freshKeys(50);
		try (RecordingConsumer consumer = consumer(); OutboxRelay relay = relay()) {
			relay.start();

			// when
			List<Future<?>> writes = new ArrayList<>();
			try (ExecutorService writers = Executors.newFixedThreadPool(5)) {
				for (int w = 0; w < 5; w++) {
					List<Long> own = keys.subList(w * 10, w * 10 + 10);
					writes.add(writers
						.submit(() -> IntStream.range(0, 40).forEach((seq) -> Sequences.commit(own, seq))));
				}
			}
			for (Future<?> write : writes) {
				write.get();
			}
			List<ConsumerRecord<String, String>> records = consumer
				.until((received) -> Sequences.complete(received, keys, 40), WAIT);

			// then
			assertThat(Sequences.received(records, keys))
				.allSatisfy((key, seqs) -> assertThat(seqs).containsExactlyElementsOf(range(40)));
			await().atMost(WAIT).until(() -> TestDatabase.outboxRows() == 0);
			OutboxStats stats = relay.stats();
			assertThat(stats.published()).isEqualTo(2_000);
			assertThat(stats.batches()).isGreaterThanOrEqualTo(20);
			assertThat(stats.lag()).isZero();
			assertThat(stats.leader()).isTrue();
			assertThat(records).allSatisfy(
					(record) -> assertThat(record.headers().lastHeader(OutboxRelay.OUTBOX_ID_HEADER)).isNotNull());
		}
	}

	@Test
	void neverPublishesTheEventsOfARolledBackTransaction() {
		// given
		List<Long> keys = Sequences.freshKeys(2);
		long kept = keys.get(0);
		long rolledBack = keys.get(1);
		Sequences.commit(List.of(kept), 0);
		this.transactions.executeWithoutResult((status) -> {
			this.writer.append(List.of(Sequences.event(rolledBack, 0), Sequences.event(kept, 7)));
			status.setRollbackOnly();
		});
		Sequences.commit(List.of(kept), 1);

		try (RecordingConsumer consumer = consumer(); OutboxRelay relay = relay()) {
			// when
			relay.start();
			List<ConsumerRecord<String, String>> records = consumer
				.until((received) -> Sequences.complete(received, List.of(kept), 2), WAIT);

			// then: the rolled-back ids sit between the two commits, so they would have come before seq 1
			assertThat(Sequences.received(records, keys)).containsEntry(kept, List.of(0, 1))
				.containsEntry(rolledBack, List.of());
			await().atMost(WAIT).until(() -> TestDatabase.outboxRows() == 0);
		}
	}

	@Test
	void resendsTheUnacknowledgedSuffixAfterACrashBetweenSendAndDelete() {
		// given a relay that dies after Kafka acknowledged its batch but before the delete
		List<Long> keys = Sequences.freshKeys(20);
		IntStream.range(0, 15).forEach((seq) -> Sequences.commit(keys, seq));
		this.jdbc.execute("""
				create or replace function outbox_crash() returns trigger language plpgsql as $$
				begin raise exception 'simulated crash between send and delete'; end $$""");
		this.jdbc.execute("create trigger outbox_crash before delete on outbox execute function outbox_crash()");
		try (RecordingConsumer consumer = consumer()) {
			try (OutboxRelay crashing = relay()) {
				crashing.start();
				consumer.until((received) -> received.size() >= SETTINGS.batchSize(), WAIT);
				await().atMost(WAIT).until(() -> crashing.stats().failedAttempts() >= 1);
			}
			assertThat(TestDatabase.outboxRows()).isEqualTo(300);
			this.jdbc.execute("drop trigger outbox_crash on outbox");

			// when
			try (OutboxRelay restarted = relay()) {
				restarted.start();
				List<ConsumerRecord<String, String>> records = consumer
					.until((received) -> Sequences.complete(received, keys, 15), WAIT);

				// then
				assertThat(Sequences.received(records, keys))
					.allSatisfy((key, seqs) -> assertThat(Sequences.inOrderWithResends(seqs, 15))
						.as("key %d received %s", key, seqs)
						.isTrue());
				assertThat(records).as("the first batch arrived twice").hasSizeGreaterThan(300);
				await().atMost(WAIT).until(() -> TestDatabase.outboxRows() == 0);
			}
		}
	}

	@Test
	void standbyPublishesNothingWhileTheLeaderRunsAndTakesOverWhenItStops() {
		// given
		List<Long> keys = Sequences.freshKeys(10);
		try (RecordingConsumer consumer = consumer(); OutboxRelay first = relay(); OutboxRelay standby = relay()) {
			first.start();
			await().atMost(WAIT).until(() -> first.stats().leader());
			standby.start();
			IntStream.range(0, 10).forEach((seq) -> Sequences.commit(keys, seq));
			consumer.until((received) -> Sequences.complete(received, keys, 10), WAIT);
			OutboxStats waiting = standby.stats();
			assertThat(waiting.leader()).isFalse();
			assertThat(waiting.published()).isZero();
			assertThat(waiting.failedAttempts()).isZero();

			// when
			first.close();
			IntStream.range(10, 20).forEach((seq) -> Sequences.commit(keys, seq));

			// then
			List<ConsumerRecord<String, String>> records = consumer
				.until((received) -> Sequences.complete(received, keys, 20), WAIT);
			assertThat(Sequences.received(records, keys))
				.allSatisfy((key, seqs) -> assertThat(seqs).containsExactlyElementsOf(range(20)));
			assertThat(standby.stats().leader()).isTrue();
			assertThat(standby.stats().published()).isEqualTo(100);
			assertThat(first.stats().published()).isEqualTo(100);
		}
	}

	private static List<Integer> range(int count) {
		return IntStream.range(0, count).boxed().toList();
	}

	private static RecordingConsumer consumer() {
		return new RecordingConsumer(TestBroker.bootstrapServers(), Topics.VIDEO_SNAPSHOTS);
	}

	private static OutboxRelay relay() {
		Map<String, Object> producer = OutboxKafka.producerConfig(TestBroker.bootstrapServers(),
				Duration.ofSeconds(10), Map.of());
		return new OutboxRelay(TestDatabase.dataSource(), OutboxKafka.producers(producer), null, SETTINGS);
	}

}
