package io.vidtrack.simulator.internal.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A response as parts written back to back under one Content-Length (prebuilt padding is never copied). */
record Response(int status, String contentType, Map<String, String> headers, byte[]... parts) {

	static final String HTML = "text/html; charset=utf-8";

	static final String JSON = "application/json; charset=utf-8";

	static Response of(int status, String contentType, String body) {
		return new Response(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
	}

	static Response json(byte[] body) {
		return new Response(200, JSON, Map.of(), body);
	}

	Response withHeader(String name, String value) {
		Map<String, String> headers = new HashMap<>(this.headers);
		headers.put(name, value);
		return new Response(this.status, this.contentType, Map.copyOf(headers), this.parts);
	}

	long length() {
		return Arrays.stream(this.parts).mapToLong(part -> part.length).sum();
	}

	/** The same response with its JSON cut short: the middle part loses its second half. */
	Response truncated() {
		byte[][] cut = this.parts.clone();
		int middle = (cut.length == 3) ? 1 : 0;
		cut[middle] = Arrays.copyOf(cut[middle], cut[middle].length / 2);
		return new Response(this.status, this.contentType, this.headers, cut);
	}

}
