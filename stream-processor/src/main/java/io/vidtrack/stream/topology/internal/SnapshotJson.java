package io.vidtrack.stream.topology.internal;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;

import io.vidtrack.events.EventJson;
import io.vidtrack.events.StatsSnapshotCaptured;
import org.apache.kafka.common.errors.SerializationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads {@link StatsSnapshotCaptured} from the JSON {@link EventJson} writes, with Jackson's streaming parser:
 * snapshots are nearly all the topology's input, and data binding a record cost more than everything else a
 * snapshot does in the processor. Reads what data binding reads (fields in any order, unknown fields ignored,
 * counts as numbers or numeric strings, views may be null) and refuses what it refuses (a missing field).
 */
final class SnapshotJson {

	private static final JsonFactory JSON = new JsonFactory();

	private SnapshotJson() {
	}

	static StatsSnapshotCaptured read(byte[] bytes) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), bytes)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw malformed("not a JSON object", bytes, null);
			}
			return readFields(parser, bytes);
		}
		catch (JacksonException | DateTimeException | IllegalArgumentException ex) {
			throw malformed(ex.getMessage(), bytes, ex);
		}
	}

	private static StatsSnapshotCaptured readFields(JsonParser parser, byte[] bytes) {
		Long videoId = null;
		Instant capturedAt = null;
		Long views = null;
		Long likes = null;
		Long comments = null;
		Long shares = null;
		Long saves = null;
		Boolean baseline = null;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken value = parser.nextToken();
			switch (name) {
				case "videoId" -> videoId = number(parser, value);
				case "capturedAt" -> capturedAt = (value == JsonToken.VALUE_STRING) ? IsoInstants.parse(parser.getString())
						: null;
				case "views" -> views = number(parser, value);
				case "likes" -> likes = number(parser, value);
				case "comments" -> comments = number(parser, value);
				case "shares" -> shares = number(parser, value);
				case "saves" -> saves = number(parser, value);
				case "baseline" -> baseline = (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE)
						? value == JsonToken.VALUE_TRUE : null;
				default -> parser.skipChildren();
			}
		}
		if (videoId == null || capturedAt == null || likes == null || comments == null || shares == null
				|| saves == null || baseline == null) {
			throw malformed("videoId, capturedAt, likes, comments, shares, saves and baseline are required", bytes,
					null);
		}
		return new StatsSnapshotCaptured(videoId, capturedAt, views, likes, comments, shares, saves, baseline);
	}

	private static @Nullable Long number(JsonParser parser, JsonToken value) {
		return switch (value) {
			case VALUE_NUMBER_INT -> parser.getLongValue();
			case VALUE_STRING -> Long.parseLong(parser.getString().strip());
			case VALUE_NULL -> null;
			default -> throw new IllegalArgumentException("expected a whole number, found " + value);
		};
	}

	private static SerializationException malformed(String reason, byte[] bytes, @Nullable Throwable cause) {
		return new SerializationException("Malformed snapshot event " + excerpt(bytes) + ": " + reason, cause);
	}

	private static String excerpt(byte[] bytes) {
		String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
		return "'" + text + ((bytes.length > 200) ? "…'" : "'");
	}

}
