package io.vidtrack.api.analytics;

import java.util.Arrays;

import io.vidtrack.api.web.ApiException;

/** {@code new}: what each day gained; {@code cumulative}: the running total up to the end of each day. */
enum Mode {

	NEW("new"), CUMULATIVE("cumulative");

	private final String wire;

	Mode(String wire) {
		this.wire = wire;
	}

	static Mode parse(String text) {
		return Arrays.stream(values())
			.filter((mode) -> mode.wire.equals(text))
			.findFirst()
			.orElseThrow(() -> ApiException.invalidQuery("mode must be new or cumulative"));
	}

	String wire() {
		return this.wire;
	}

}
