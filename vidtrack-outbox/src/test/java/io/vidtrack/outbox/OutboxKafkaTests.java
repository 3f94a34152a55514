package io.vidtrack.outbox;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxKafkaTests {

	@Test
	void overridesCannotWeakenTheOrderingGuarantees() {
		// given
		Map<String, String> overrides = Map.of(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false",
				ProducerConfig.ACKS_CONFIG, "1", ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "20",
				ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");

		// when
		Map<String, Object> config = OutboxKafka.producerConfig("kafka:9092", Duration.ofSeconds(30), overrides);

		// then
		assertThat(config).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
			.containsEntry(ProducerConfig.ACKS_CONFIG, "all")
			.containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5)
			.containsEntry(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE)
			.containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
	}

	@Test
	void deliveryTimeoutCoversTheRequestTimeoutAndLinger() {
		// when
		Map<String, Object> config = OutboxKafka.producerConfig("kafka:9092", Duration.ofSeconds(2), Map.of());

		// then: the producer rejects a delivery timeout shorter than linger.ms + request.timeout.ms
		int delivery = (int) config.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
		int request = (int) config.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG);
		int linger = (int) config.get(ProducerConfig.LINGER_MS_CONFIG);
		assertThat(delivery).isGreaterThanOrEqualTo(request + linger);
	}

	@Test
	void adminConfigKeepsOnlyTheSettingsAnAdminClientKnows() {
		// when
		Map<String, Object> config = OutboxKafka.adminConfig("kafka:9092", Duration.ofSeconds(10),
				Map.of("security.protocol", "SSL", ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"));

		// then
		assertThat(config).containsEntry("security.protocol", "SSL")
			.doesNotContainKey(ProducerConfig.COMPRESSION_TYPE_CONFIG);
	}

}
