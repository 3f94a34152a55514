package io.vidtrack.tiktok.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.filter.TokenFilter;
import tools.jackson.databind.JsonNode;

/**
 * Reads the one scope of {@code __DEFAULT_SCOPE__} a parser needs. The rest (i18n, biz and app context: ~85 % of
 * a real page's JSON) is never decoded: {@link #seek} jumps to the scope's key, and {@link #read}, the exact
 * path, streams the document and only tokenizes the other scopes with {@code skipChildren()}.
 */
final class ScopeReader {

	static final String DEFAULT_SCOPE = "__DEFAULT_SCOPE__";

	/** What {@link #seek} looks for: the scope's name as a key, {@code "name":}. */
	static ByteSearch key(String scope) {
		return new ByteSearch("\"" + scope + "\":");
	}

	private ScopeReader() {
	}

	record Scope(String name, JsonNode node) {
	}

	/**
	 * The most preferred of {@code wanted} present, or null; {@code seen} collects the other scope names so a
	 * "missing scope" record says what the page held instead.
	 * @throws tools.jackson.core.JacksonException on malformed JSON before the answer is known
	 */
	static @Nullable Scope read(JsonSlice json, List<String> wanted, List<String> seen) {
		try (JsonParser parser = Jackson.MAPPER.createParser(json.bytes(), json.offset(), json.length())) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				if (parser.nextToken() == JsonToken.START_OBJECT && DEFAULT_SCOPE.equals(name)) {
					return readScopes(parser, wanted, seen);
				}
				parser.skipChildren();
			}
			return null;
		}
	}

	/**
	 * The scope found by searching for its key ({@code "name":}) instead of tokenizing everything before it,
	 * or null. The key need not be the scope (the same name could sit deeper in another scope), so callers take
	 * the answer only when it holds exactly what they asked for, and otherwise {@link #read} settles it.
	 */
	static @Nullable JsonNode seek(JsonSlice json, ByteSearch key, TokenFilter fields) {
		byte[] bytes = json.bytes();
		int at = key.indexOf(bytes, json.offset(), json.end());
		if (at < 0 || escaped(bytes, at)) {
			return null;
		}
		int value = at + key.length();
		while (value < json.end() && ScriptLocator.isWhitespace(bytes[value])) {
			value++;
		}
		if (value >= json.end() || bytes[value] != '{') {
			return null;
		}
		try (JsonParser parser = Fields.filter(Jackson.MAPPER.createParser(json.bytes(), value, json.end() - value),
				fields)) {
			JsonNode scope = Jackson.SUBTREE.readTree(parser);
			return (scope != null && scope.isObject()) ? scope : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	// a quote after an odd run of backslashes is inside a string, not the start of a key
	private static boolean escaped(byte[] bytes, int quote) {
		int backslashes = 0;
		for (int i = quote - 1; i >= 0 && bytes[i] == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	private static @Nullable Scope readScopes(JsonParser parser, List<String> wanted, List<String> seen) {
		Scope best = null;
		int bestRank = wanted.size();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			int rank = wanted.indexOf(name);
			if (rank < 0 || rank >= bestRank) {
				seen.add(name);
				parser.skipChildren();
				continue;
			}
			best = new Scope(name, Jackson.SUBTREE.readTree(parser));
			bestRank = rank;
			if (rank == 0) {
				// nothing later can beat it: leave the rest of the page unread
				return best;
			}
		}
		return best;
	}

}
