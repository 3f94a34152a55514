package io.vidtrack.tiktok.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.filter.TokenFilter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The one mapper the parsers share (thread-safe once built). */
final class Jackson {

	static final ObjectMapper MAPPER = JsonMapper.builder().build();

	/** Reads one value in the middle of a stream: what follows it is the enclosing document, not garbage. */
	static final ObjectReader SUBTREE = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private Jackson() {
	}

	/** The JSON value the slice starts with; what follows it (the rest of the page) is not read. */
	static JsonNode readTree(JsonSlice json) {
		return SUBTREE.readTree(json.bytes(), json.offset(), json.length());
	}

	/** Like {@link #readTree(JsonSlice)}, building nodes only for what {@code fields} lets through. */
	static JsonNode readTree(JsonSlice json, TokenFilter fields) {
		try (JsonParser parser = Fields.filter(MAPPER.createParser(json.bytes(), json.offset(), json.length()),
				fields)) {
			JsonNode node = SUBTREE.readTree(parser);
			return (node != null) ? node : MAPPER.missingNode();
		}
	}

	/** Jackson's own words, without the location dump, short enough for a failure record. */
	static String describe(JacksonException ex) {
		String message = String.valueOf(ex.getOriginalMessage());
		int newline = message.indexOf('\n');
		message = (newline >= 0) ? message.substring(0, newline) : message;
		return (message.length() <= 160) ? message : message.substring(0, 157) + "...";
	}

}
