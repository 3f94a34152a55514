package io.vidtrack.stream.topology.internal;

import java.nio.charset.StandardCharsets;

import io.vidtrack.events.EventJson;
import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.events.VidtrackEvent;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** Events in the JSON form the outbox writes ({@link EventJson}). */
public final class EventSerde {

	private EventSerde() {
	}

	public static <E extends VidtrackEvent> Serde<E> of(Class<E> type) {
		return Serdes.serdeFrom(json(),
				(topic, bytes) -> (bytes != null) ? EventJson.read(new String(bytes, StandardCharsets.UTF_8), type)
						: null);
	}

	/** Snapshots, read without data binding ({@link SnapshotJson}). */
	public static Serde<StatsSnapshotCaptured> snapshots() {
		return Serdes.serdeFrom(json(), (topic, bytes) -> (bytes != null) ? SnapshotJson.read(bytes) : null);
	}

	private static <E extends VidtrackEvent> Serializer<E> json() {
		return (topic, event) -> (event != null) ? EventJson.write(event).getBytes(StandardCharsets.UTF_8) : null;
	}

}
