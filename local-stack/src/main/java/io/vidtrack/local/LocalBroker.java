package io.vidtrack.local;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * spring-kafka-test's single-node KRaft broker on a fixed port. Its logs are temporary: Postgres is the
 * system of record, and the outbox relay creates the topics it publishes to.
 */
final class LocalBroker implements AutoCloseable {

	private final EmbeddedKafkaKraftBroker broker;

	private LocalBroker(EmbeddedKafkaKraftBroker broker) {
		this.broker = broker;
	}

	static LocalBroker start(LocalSettings settings) {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
		broker.kafkaPorts(settings.kafkaPort());
		// a single broker: transactions (exactly_once_v2 in the stream processor) need these at 1
		broker.brokerProperty("transaction.state.log.replication.factor", "1");
		broker.brokerProperty("transaction.state.log.min.isr", "1");
		broker.brokerProperty("offsets.topic.replication.factor", "1");
		broker.afterPropertiesSet();
		return new LocalBroker(broker);
	}

	@Override
	public void close() {
		this.broker.destroy();
	}

}
