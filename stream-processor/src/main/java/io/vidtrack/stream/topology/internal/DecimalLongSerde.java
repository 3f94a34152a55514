package io.vidtrack.stream.topology.internal;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Entity ids as the outbox writes its keys: decimal text. Reading and writing them in that very form keeps
 * every key's bytes, and so its partition, identical to the relay's, so no repartition is ever needed.
 */
public final class DecimalLongSerde {

	private DecimalLongSerde() {
	}

	public static Serde<Long> create() {
		return Serdes.serdeFrom(
				(topic, id) -> (id != null) ? Long.toString(id).getBytes(StandardCharsets.US_ASCII) : null,
				(topic, bytes) -> (bytes != null) ? Long.parseLong(new String(bytes, StandardCharsets.US_ASCII))
						: null);
	}

}
