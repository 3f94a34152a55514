package io.vidtrack.tiktok.internal;

import java.nio.charset.StandardCharsets;

/** A JSON document inside a larger buffer (the script body inside the page), parsed in place. */
record JsonSlice(byte[] bytes, int offset, int length) {

	static JsonSlice of(String json) {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		return new JsonSlice(bytes, 0, bytes.length);
	}

	int end() {
		return offset + length;
	}

}
