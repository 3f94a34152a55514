package io.vidtrack.outbox;

import java.util.List;
import java.util.Map;

import io.vidtrack.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsInitializerTests {

	@Test
	void createsCompactedStateTopicsAndRetainedSnapshotTopicsOnce() throws Exception {
		// given a broker whose topics an initializer created when it started
		TopicsInitializer initializer = TestBroker.topics(TestBroker.bootstrapServers());

		// when
		var createdAgain = initializer.ensureTopics();

		// then
		assertThat(createdAgain).isEmpty();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestBroker.bootstrapServers()))) {
			Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get();
			assertThat(topics.values()).allSatisfy((topic) -> assertThat(topic.partitions()).hasSize(6));
			assertThat(cleanupPolicy(admin, Topics.VIDEO_STATE)).isEqualTo("compact");
			assertThat(cleanupPolicy(admin, Topics.CREATOR_STATE)).isEqualTo("compact");
			assertThat(cleanupPolicy(admin, Topics.CREATOR_CAMPAIGNS)).isEqualTo("compact");
			assertThat(cleanupPolicy(admin, Topics.VIDEO_CAMPAIGNS)).isEqualTo("compact");
			assertThat(cleanupPolicy(admin, Topics.VIDEO_SNAPSHOTS)).isEqualTo("delete");
			assertThat(config(admin, Topics.CREATOR_SNAPSHOTS).get(TopicConfig.RETENTION_MS_CONFIG).value())
				.isEqualTo(Long.toString(TopicSettings.defaults().snapshotRetention().toMillis()));
		}
	}

	private static String cleanupPolicy(Admin admin, String topic) throws Exception {
		return config(admin, topic).get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
	}

	private static Config config(Admin admin, String topic) throws Exception {
		ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
		return admin.describeConfigs(List.of(resource)).all().get().get(resource);
	}

}
