package io.vidtrack.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON form of every event, shared by writers and readers so that both sides agree. */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private EventJson() {
	}

	public static String write(VidtrackEvent event) {
		return MAPPER.writeValueAsString(event);
	}

	public static <E extends VidtrackEvent> E read(String json, Class<E> type) {
		return MAPPER.readValue(json, type);
	}

}
