package io.vidtrack.outbox;

import java.time.Duration;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * spring-kafka-test's single-node KRaft broker, one per test JVM, with the vidtrack topics created by
 * {@link TopicsInitializer}. It does not auto-create topics, so a topic it has was created on purpose.
 */
final class TestBroker {

	private static final EmbeddedKafkaKraftBroker shared = start();

	private TestBroker() {
	}

	static String bootstrapServers() {
		return shared.getBrokersAsString();
	}

	private static EmbeddedKafkaKraftBroker start() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
				"transaction.state.log.min.isr", "1", "offsets.topic.replication.factor", "1",
				"group.initial.rebalance.delay.ms", "0", "auto.create.topics.enable", "false"));
		broker.afterPropertiesSet();
		topics(broker.getBrokersAsString()).ensureTopics();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
		return broker;
	}

	static TopicsInitializer topics(String bootstrapServers) {
		Duration timeout = Duration.ofSeconds(10);
		return new TopicsInitializer(OutboxKafka.adminConfig(bootstrapServers, timeout, Map.of()),
				TopicSettings.defaults(), timeout);
	}

}
