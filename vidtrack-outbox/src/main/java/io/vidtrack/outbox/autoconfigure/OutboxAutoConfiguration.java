package io.vidtrack.outbox.autoconfigure;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import io.vidtrack.outbox.OutboxKafka;
import io.vidtrack.outbox.OutboxRelay;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.outbox.TopicsInitializer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * An {@link OutboxWriter} next to the application's {@code JdbcTemplate}, and the {@link OutboxRelay} when
 * {@code vidtrack.outbox.relay.enabled=true}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration" })
@EnableConfigurationProperties(OutboxProperties.class)
public final class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnBean(JdbcOperations.class)
	@ConditionalOnMissingBean
	OutboxWriter outboxWriter(JdbcOperations jdbc) {
		return new OutboxWriter(jdbc);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(DataSource.class)
	@ConditionalOnBooleanProperty("vidtrack.outbox.relay.enabled")
	static class RelayConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OutboxRelay outboxRelay(DataSource dataSource, OutboxProperties properties, Environment environment) {
			String servers = bootstrapServers(properties, environment);
			Duration timeout = properties.relay().sendTimeout();
			TopicsInitializer topics = properties.topics().create()
					? new TopicsInitializer(OutboxKafka.adminConfig(servers, timeout, properties.kafka()),
							properties.topics().settings(), timeout)
					: null;
			return new OutboxRelay(dataSource,
					OutboxKafka.producers(OutboxKafka.producerConfig(servers, timeout, properties.kafka())), topics,
					properties.relay().settings());
		}

		@Bean
		OutboxRelayLifecycle outboxRelayLifecycle(OutboxRelay outboxRelay) {
			return new OutboxRelayLifecycle(outboxRelay);
		}

		static String bootstrapServers(OutboxProperties properties, Environment environment) {
			List<String> servers = properties.bootstrapServers();
			if (servers == null || servers.isEmpty()) {
				servers = Binder.get(environment)
					.bind("spring.kafka.bootstrap-servers", Bindable.listOf(String.class))
					.orElse(List.of("localhost:9092"));
			}
			return String.join(",", servers);
		}

	}

}
