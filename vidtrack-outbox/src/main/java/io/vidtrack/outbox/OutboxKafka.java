package io.vidtrack.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** Kafka client settings for the relay's producer and for creating topics. */
public final class OutboxKafka {

	private OutboxKafka() {
	}

	/**
	 * An idempotent producer: {@code acks=all}, at most 5 requests in flight and unlimited retries, so retries
	 * neither duplicate nor reorder records of a partition. {@code overrides} (security, compression, ...) are
	 * applied on top, except for those three guarantees.
	 * @param sendTimeout how long a record may take to be acknowledged ({@code delivery.timeout.ms}); with
	 * Kafka down, a send fails after at most this long and the relay backs off
	 */
	public static Map<String, Object> producerConfig(String bootstrapServers, Duration sendTimeout,
			Map<String, ?> overrides) {
		long timeout = sendTimeout.toMillis();
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
		// delivery.timeout.ms must cover linger.ms + request.timeout.ms
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(30_000, timeout / 2));
		// the first send waits this long for metadata; a short wait makes "Kafka is down" show quickly
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(5_000, timeout));
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		config.putAll(overrides);
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
		Object inFlight = config.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION);
		if (inFlight == null || Integer.parseInt(inFlight.toString()) > 5) {
			config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		}
		return config;
	}

	public static Map<String, Object> adminConfig(String bootstrapServers, Duration timeout, Map<String, ?> overrides) {
		Map<String, Object> config = new HashMap<>();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(30_000, timeout.toMillis() / 2));
		// the overrides are written for the producer: keep what the admin client knows (security, dns, ...)
		overrides.forEach((name, value) -> {
			if (AdminClientConfig.configNames().contains(name)) {
				config.put(name, value);
			}
		});
		return config;
	}

	/** Creates a new producer per call: the relay replaces its producer after a failed batch. */
	public static Supplier<Producer<String, String>> producers(Map<String, Object> producerConfig) {
		Map<String, Object> config = Map.copyOf(producerConfig);
		return () -> new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
	}

}
