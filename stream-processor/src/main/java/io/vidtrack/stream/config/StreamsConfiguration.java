package io.vidtrack.stream.config;

import java.util.Map;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.StreamTopics;
import io.vidtrack.stream.topology.Tally;
import io.vidtrack.stream.topology.StreamsSettings;
import io.vidtrack.stream.topology.VidtrackTopology;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.KTable;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.annotation.KafkaStreamsDefaultConfiguration;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;

/** Runs {@link VidtrackTopology} with exactly-once v2 under Spring's Kafka Streams lifecycle. */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class StreamsConfiguration {

	/** Boot's {@code spring.kafka.streams.*} settings on top of the topology's own; exactly-once always. */
	@Bean(KafkaStreamsDefaultConfiguration.DEFAULT_STREAMS_CONFIG_BEAN_NAME)
	KafkaStreamsConfiguration vidtrackStreamsConfig(KafkaProperties kafka) {
		Map<String, Object> boot = kafka.buildStreamsProperties();
		String bootstrapServers = String.join(",", kafka.getBootstrapServers());
		String applicationId = (String) boot.getOrDefault(StreamsConfig.APPLICATION_ID_CONFIG,
				"vidtrack-stream-processor");
		return new KafkaStreamsConfiguration(StreamsSettings.exactlyOnce(bootstrapServers, applicationId, boot));
	}

	/**
	 * Leave the group when stopping, so that a restarted or remaining instance takes the tasks over at once
	 * instead of after a session timeout; a thread that dies is replaced, its tasks resuming from their changelogs.
	 */
	@Bean
	StreamsBuilderFactoryBeanConfigurer vidtrackStreamsLifecycle() {
		return (factoryBean) -> {
			factoryBean.setLeaveGroupOnClose(true);
			factoryBean.setStreamsUncaughtExceptionHandler((ex) -> StreamThreadExceptionResponse.REPLACE_THREAD);
		};
	}

	@Bean
	KTable<AggregateKey, Tally> aggregates(StreamsBuilder builder, StreamProcessorProperties properties) {
		return VidtrackTopology.build(builder, properties.topology().settings());
	}

	/** Compacted: the latest record of each aggregate is its value, however long ago it last changed. */
	@Bean
	NewTopic aggregatesTopic(StreamProcessorProperties properties) {
		return new NewTopic(StreamTopics.AGGREGATES.name(), properties.aggregates().partitions(),
				properties.aggregates().replicationFactor())
			.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
	}

	/** Kept until someone looks: each record is an event the aggregates went without. */
	@Bean
	NewTopic deadLettersTopic(StreamProcessorProperties properties) {
		return new NewTopic(StreamTopics.DEAD_LETTERS, 1, properties.aggregates().replicationFactor())
			.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
	}

}
