package io.vidtrack.stream.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import io.vidtrack.events.Topics;
import io.vidtrack.stream.topology.StreamTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * spring-kafka-test's single-node KRaft broker, one shared per test JVM, with the vidtrack topics created as the relay
 * and the application create them, but with three partitions, so that a video's events and a creator's
 * memberships are spread over tasks as in production.
 */
public final class TestBroker {

	public static final int PARTITIONS = Integer.getInteger("vidtrack.test.partitions", 3);

	private static final EmbeddedKafkaKraftBroker shared = start();

	private TestBroker() {
	}

	public static String bootstrapServers() {
		return shared.getBrokersAsString();
	}

	/**
	 * Another broker with its own topics, for a test whose events must not reach the shared broker's readers
	 * (they read every topic from the beginning and check everything they see).
	 */
	public static String startAnother() {
		return start().getBrokersAsString();
	}

	private static EmbeddedKafkaKraftBroker start() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
				"transaction.state.log.min.isr", "1", "offsets.topic.replication.factor", "1",
				"group.initial.rebalance.delay.ms", "0", "auto.create.topics.enable", "false"));
		broker.afterPropertiesSet();
		createTopics(broker.getBrokersAsString());
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
		return broker;
	}

	private static void createTopics(String bootstrapServers) {
		List<NewTopic> topics = new ArrayList<>();
		for (String name : Topics.ALL) {
			topics.add(topic(name, Topics.COMPACTED.contains(name)));
		}
		topics.add(topic(StreamTopics.AGGREGATES.name(), true));
		topics.add(topic(StreamTopics.DEAD_LETTERS, false));
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
			admin.createTopics(topics).all().get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not create the test topics", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static NewTopic topic(String name, boolean compacted) {
		return new NewTopic(name, PARTITIONS, (short) 1).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
				compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE));
	}

}
