package io.vidtrack.simulator.internal.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

/** The parts of an HTTP request the routes look at. */
record Request(String method, String path, Map<String, String> query) {

	static Request of(String method, URI uri) {
		Map<String, String> query = new HashMap<>();
		String raw = uri.getRawQuery();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				String name = decode((eq < 0) ? pair : pair.substring(0, eq));
				query.putIfAbsent(name, (eq < 0) ? "" : decode(pair.substring(eq + 1)));
			}
		}
		String path = uri.getRawPath();
		return new Request(method, (path == null || path.isEmpty()) ? "/" : decode(path), query);
	}

	@Nullable String param(String name) {
		return this.query.get(name);
	}

	long longParam(String name, long fallback) {
		String value = this.query.get(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	/** An optional number; a malformed one is the caller's error (IllegalArgumentException). */
	OptionalLong optionalLong(String name) {
		String value = this.query.get(name);
		return (value == null || value.isBlank()) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.trim()));
	}

	OptionalDouble optionalDouble(String name) {
		String value = this.query.get(name);
		return (value == null || value.isBlank()) ? OptionalDouble.empty()
				: OptionalDouble.of(Double.parseDouble(value.trim()));
	}

	boolean isHead() {
		return "HEAD".equals(this.method);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
