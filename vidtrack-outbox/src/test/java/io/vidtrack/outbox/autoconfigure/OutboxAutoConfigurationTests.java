package io.vidtrack.outbox.autoconfigure;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import io.vidtrack.outbox.OutboxRelay;
import io.vidtrack.outbox.OutboxRelaySettings;
import io.vidtrack.outbox.OutboxWriter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxAutoConfigurationTests {

	// nothing listens there: the relay starts, fails to connect and backs off, which is all these tests need
	private static final DataSource unreachable = new DriverManagerDataSource("jdbc:postgresql://localhost:1/none");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class));

	@Test
	void providesAWriterNextToAJdbcTemplateButNoRelayByDefault() {
		this.runner.withBean(DataSource.class, () -> unreachable)
			.withBean(JdbcTemplate.class, () -> new JdbcTemplate(unreachable))
			.run((context) -> {
				assertThat(context).hasSingleBean(OutboxWriter.class);
				assertThat(context).doesNotHaveBean(OutboxRelay.class);
			});
	}

	@Test
	void providesNothingWithoutADatabase() {
		this.runner.withPropertyValues("vidtrack.outbox.relay.enabled=true").run((context) -> {
			assertThat(context).doesNotHaveBean(OutboxWriter.class);
			assertThat(context).doesNotHaveBean(OutboxRelay.class);
		});
	}

	@Test
	void startsTheRelayWithTheContextWhenEnabled() {
		this.runner.withBean(DataSource.class, () -> unreachable)
			.withPropertyValues("vidtrack.outbox.relay.enabled=true", "vidtrack.outbox.relay.max-backoff=200ms")
			.run((context) -> {
				assertThat(context).hasSingleBean(OutboxRelay.class);
				assertThat(context.getBean(OutboxRelay.class).isRunning()).isTrue();
			});
	}

	@Test
	void bindsTheRelaySettingsWithDefaults() {
		this.runner.withPropertyValues("vidtrack.outbox.relay.batch-size=200", "vidtrack.outbox.relay.lock-key=17",
				"vidtrack.outbox.topics.partitions=12")
			.run((context) -> {
				OutboxProperties properties = context.getBean(OutboxProperties.class);
				assertThat(properties.relay().enabled()).isFalse();
				assertThat(properties.relay().settings()).isEqualTo(new OutboxRelaySettings(200,
						Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(1), 17));
				assertThat(properties.topics().settings().partitions()).isEqualTo(12);
				assertThat(properties.topics().settings().snapshotRetention()).isEqualTo(Duration.ofDays(30));
				assertThat(properties.kafka()).isEmpty();
			});
	}

	@Test
	void bindsExtraKafkaPropertiesWithDottedNames() {
		this.runner.withPropertyValues("vidtrack.outbox.kafka.security.protocol=SSL")
			.run((context) -> assertThat(context.getBean(OutboxProperties.class).kafka())
				.containsExactly(Map.entry("security.protocol", "SSL")));
	}

	@Test
	void defaultsTheLockKeyToTheSharedOne() {
		this.runner.run((context) -> assertThat(context.getBean(OutboxProperties.class).relay().settings().lockKey())
			.isEqualTo(OutboxRelaySettings.DEFAULT_LOCK_KEY));
	}

	@Test
	void fallsBackToSpringKafkaBootstrapServers() {
		this.runner.withPropertyValues("spring.kafka.bootstrap-servers=broker-a:9092,broker-b:9092")
			.run((context) -> assertThat(bootstrapServers(context)).isEqualTo("broker-a:9092,broker-b:9092"));
	}

	@Test
	void prefersItsOwnBootstrapServers() {
		this.runner
			.withPropertyValues("spring.kafka.bootstrap-servers=broker-a:9092",
					"vidtrack.outbox.bootstrap-servers=outbox-broker:9092")
			.run((context) -> assertThat(bootstrapServers(context)).isEqualTo("outbox-broker:9092"));
	}

	private static String bootstrapServers(AssertableApplicationContext context) {
		return OutboxAutoConfiguration.RelayConfiguration.bootstrapServers(context.getBean(OutboxProperties.class),
				context.getEnvironment());
	}

}
