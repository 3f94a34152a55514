package io.vidtrack.outbox;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A relay in a JVM of its own, for a test that kills it for real: {@code RelayProcessMain <jdbc url>
 * <bootstrap servers>}. It publishes until the process dies.
 */
final class RelayProcessMain {

	/** Small batches, so that publishing takes long enough to be killed halfway through. */
	static final OutboxRelaySettings SETTINGS = new OutboxRelaySettings(5, Duration.ofMillis(20),
			Duration.ofMillis(500), Duration.ofMillis(100), 4545);

	private RelayProcessMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(args[0]);
		OutboxRelay relay = relay(dataSource, args[1]);
		relay.start();
		// the relay thread is a daemon: keep the JVM alive until the test kills it
		Thread.currentThread().join();
	}

	static OutboxRelay relay(DataSource dataSource, String bootstrapServers) {
		Map<String, Object> producer = OutboxKafka.producerConfig(bootstrapServers, Duration.ofSeconds(10),
				Map.of());
		return new OutboxRelay(dataSource, OutboxKafka.producers(producer), null, SETTINGS);
	}

}
