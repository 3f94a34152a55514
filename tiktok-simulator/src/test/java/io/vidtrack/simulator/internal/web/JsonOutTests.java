package io.vidtrack.simulator.internal.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonOutTests {

	@Test
	void htmlSafeModeEscapesLikeTikTok() {
		// when
		String json = new String(new JsonOut(16, true).beginObject().field("url", "https://a.b/c?d=<e>&f")
			.endObject().toBytes(), StandardCharsets.UTF_8);

		// then
		assertThat(json).isEqualTo("{\"url\":\"https:\\u002F\\u002Fa.b\\u002Fc?d=\\u003Ce\\u003E&f\"}");
	}

	@Test
	void plainModeKeepsSlashesAndEscapesOnlyWhatJsonNeeds() {
		// when
		String json = new String(new JsonOut(16, false).beginArray().value("a/b \"q\" \\ \n\u0001").value(3)
			.value(true).endArray().toBytes(), StandardCharsets.UTF_8);

		// then
		assertThat(json).isEqualTo("[\"a/b \\\"q\\\" \\\\ \\n\\u0001\",3,true]");
	}

	@Test
	void nonAsciiIsWrittenAsUtf8() {
		// when
		byte[] json = new JsonOut(4, false).value("é ✨ 😂").toBytes();

		// then
		assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("\"é ✨ 😂\"");
	}

	@Test
	void commasFollowNestingAndContinuationStartsInsideOpenObjects() {
		// when
		JsonOut out = JsonOut.continuing(2, 16);
		out.object("a").emptyArray("b").field("c", 1).endObject().field("d", false).endObject().endObject();

		// then
		assertThat(new String(out.toBytes(), StandardCharsets.UTF_8)).isEqualTo(",\"a\":{\"b\":[],\"c\":1},\"d\":false}}");
	}

}
