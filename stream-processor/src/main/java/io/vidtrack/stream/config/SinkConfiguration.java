package io.vidtrack.stream.config;

import javax.sql.DataSource;

import io.vidtrack.stream.sink.AggregateSink;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Writes the aggregates topic into Postgres, where the query API reads it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "vidtrack.stream.sink.enabled", matchIfMissing = true)
class SinkConfiguration {

	@Bean
	AggregateSinkLifecycle aggregateSink(DataSource dataSource, KafkaProperties kafka,
			StreamProcessorProperties properties) {
		String bootstrapServers = String.join(",", kafka.getBootstrapServers());
		return new AggregateSinkLifecycle(() -> new AggregateSink(dataSource,
				AggregateSink.consumerConfig(bootstrapServers, properties.sink().groupId()),
				properties.sink().pollTimeout()));
	}

}
