package io.vidtrack.stream.topology.internal;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Tally;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for the aggregates topic, which other programs may read. Record components serialize in declaration
 * order, so one key always has the same bytes and compaction keeps only its latest value.
 */
public final class OutputSerdes {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public static final Serde<AggregateKey> KEY = json(AggregateKey.class);

	public static final Serde<Tally> VALUE = json(Tally.class);

	private OutputSerdes() {
	}

	private static <T> Serde<T> json(Class<T> type) {
		return Serdes.serdeFrom((topic, value) -> (value != null) ? MAPPER.writeValueAsBytes(value) : null,
				(topic, bytes) -> (bytes != null) ? MAPPER.readValue(bytes, type) : null);
	}

}
