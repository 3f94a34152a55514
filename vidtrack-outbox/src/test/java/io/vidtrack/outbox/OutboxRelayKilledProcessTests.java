package io.vidtrack.outbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.vidtrack.events.Topics;
import io.vidtrack.testing.MigratedPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A relay process killed with SIGKILL while it publishes, not a crash simulated inside the test JVM. */
class OutboxRelayKilledProcessTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	/** The lock is a session lock: Postgres frees it as soon as the dead process's connection drops. */
	private static final Duration TAKEOVER = Duration.ofSeconds(5);

	private static final int KEYS = 40;

	private static final int BEFORE_KILL = 100;

	private static final int AFTER_KILL = 10;

	@BeforeEach
	@AfterEach
	void emptyOutbox() {
		TestDatabase.jdbc().update("delete from outbox");
	}

	@Test
	void aStandbyTakesOverFromAKilledRelayProcessAndEveryCommittedEventArrivesInOrderPerKey() throws Exception {
		// given a relay process publishing 4,000 committed events in batches of 5
		List<Long> keys = Sequences.freshKeys(KEYS);
		IntStream.range(0, BEFORE_KILL).forEach((seq) -> Sequences.commit(keys, seq));
		int total = KEYS * BEFORE_KILL;
		try (RecordingConsumer consumer = new RecordingConsumer(TestBroker.bootstrapServers(),
				Topics.VIDEO_SNAPSHOTS)) {
			Process child = startRelayProcess();
			try (OutboxRelay standby = RelayProcessMain.relay(TestDatabase.dataSource(),
					TestBroker.bootstrapServers())) {
				// a fifth on the wire: the child holds the lock, so the standby in this JVM can only wait
				consumer.until((received) -> ours(received, keys) >= total / 5, WAIT);
				standby.start();

				// when it is killed part way through
				child.destroyForcibly();
				assertThat(child.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
				assertThat(TestDatabase.outboxRows()).as("the kill came before the end").isPositive();
				IntStream.range(BEFORE_KILL, BEFORE_KILL + AFTER_KILL).forEach((seq) -> Sequences.commit(keys, seq));

				// then the standby takes the freed lock and publishes the rest, resending at most a suffix
				await().atMost(TAKEOVER).until(() -> standby.stats().leader());
				int count = BEFORE_KILL + AFTER_KILL;
				List<ConsumerRecord<String, String>> records = consumer
					.until((received) -> Sequences.complete(received, keys, count), WAIT);
				assertThat(Sequences.received(records, keys))
					.allSatisfy((key, seqs) -> assertThat(Sequences.inOrderWithResends(seqs, count))
						.as("key %d received %s", key, seqs)
						.isTrue());
				await().atMost(WAIT).until(() -> TestDatabase.outboxRows() == 0);
			}
			finally {
				child.destroyForcibly();
			}
		}
	}

	private static Process startRelayProcess() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// the log stays in target/ for when this test fails
		File log = Path.of("target", "relay-process.log").toFile();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				RelayProcessMain.class.getName(), MigratedPostgres.jdbcUrl(), TestBroker.bootstrapServers())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log))
			.start();
	}

	private static long ours(List<ConsumerRecord<String, String>> records, List<Long> keys) {
		return Sequences.received(records, keys).values().stream().mapToLong(List::size).sum();
	}

}
