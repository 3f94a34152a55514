package io.vidtrack.tiktok.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Lenient reads: TikTok moves between strings and numbers, and drops or nulls fields without notice. */
final class Json {

	private Json() {
	}

	static @Nullable JsonNode object(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isObject()) ? value : null;
	}

	/** A string or number field as text; null when absent, null or structured. */
	static @Nullable String text(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || !(value.isString() || value.isNumber() || value.isBoolean())) {
			return null;
		}
		return value.asString();
	}

	/** Like {@link #text} but blank counts as absent. */
	static @Nullable String nonBlank(@Nullable JsonNode node, String field) {
		String text = text(node, field);
		return (text != null && !text.isBlank()) ? text : null;
	}

	static boolean bool(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null) {
			return false;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			return value.asLong() != 0;
		}
		return value.isString() && "true".equalsIgnoreCase(value.asString());
	}

	/** The first string in a CDN {@code urlList} under {@code node}, wherever TikTok nests it this year. */
	static @Nullable String firstUrl(@Nullable JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isString()) {
			return node.asString().isBlank() ? null : node.asString();
		}
		JsonNode list = node.path("imageURL").path("urlList");
		list = list.isArray() ? list : node.path("urlList");
		return (list.isArray() && !list.isEmpty()) ? firstUrl(list.get(0)) : null;
	}

}
