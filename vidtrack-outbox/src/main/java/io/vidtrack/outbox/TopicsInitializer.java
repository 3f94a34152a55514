package io.vidtrack.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vidtrack.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the missing {@link Topics#ALL} topics before anything is published: a broker that auto-creates topics
 * would otherwise create them with its defaults (one partition, no compaction). State topics are compacted,
 * since only the latest state per entity matters; snapshot topics are deleted after a retention period. Existing
 * topics are left as they are.
 */
public final class TopicsInitializer {

	private static final Logger logger = LoggerFactory.getLogger(TopicsInitializer.class);

	private final Map<String, Object> adminConfig;

	private final TopicSettings settings;

	private final Duration timeout;

	public TopicsInitializer(Map<String, Object> adminConfig, TopicSettings settings, Duration timeout) {
		this.adminConfig = Map.copyOf(adminConfig);
		this.settings = settings;
		this.timeout = timeout;
	}

	/** Creates the topics that do not exist yet and returns their names. */
	public Set<String> ensureTopics() {
		Admin admin = Admin.create(this.adminConfig);
		try {
			Set<String> existing = admin.listTopics().names().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			List<NewTopic> missing = Topics.ALL.stream().filter((name) -> !existing.contains(name)).map(this::newTopic)
				.toList();
			Set<String> created = new TreeSet<>();
			for (var result : admin.createTopics(missing).values().entrySet()) {
				if (create(result.getKey(), result.getValue())) {
					created.add(result.getKey());
				}
			}
			if (!created.isEmpty()) {
				logger.info("Created Kafka topics {} with {} partitions", created, this.settings.partitions());
			}
			return created;
		}
		catch (ExecutionException ex) {
			throw new KafkaException("Could not list Kafka topics", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new KafkaException("Kafka did not answer within " + this.timeout, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KafkaException("Interrupted while creating Kafka topics", ex);
		}
		finally {
			// every call was awaited or given up on: do not wait for Kafka once more
			admin.close(Duration.ZERO);
		}
	}

	private boolean create(String topic, KafkaFuture<Void> result)
			throws InterruptedException, TimeoutException {
		try {
			result.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof TopicExistsException) {
				return false; // another instance was quicker
			}
			throw new KafkaException("Could not create Kafka topic " + topic, ex.getCause());
		}
	}

	private NewTopic newTopic(String name) {
		Map<String, String> config = Topics.COMPACTED.contains(name)
				? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
				: Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
						TopicConfig.RETENTION_MS_CONFIG, Long.toString(this.settings.snapshotRetention().toMillis()));
		return new NewTopic(name, this.settings.partitions(), this.settings.replicationFactor()).configs(config);
	}

}
