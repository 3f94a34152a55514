package io.vidtrack.tiktok.internal;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ByteSearchTests {

	@ParameterizedTest
	@CsvSource({ "abc, abc, 0", "xxabc, abc, 2", "abab, ab, 0", "aaaaaaaaaaaaaaaaab, ab, 16", "ab, abc, -1",
			"'', a, -1", "\"webapp.video-detail\\\":{}, \"webapp.video-detail\":, -1", "xx</script>, </, 2" })
	void findsTheFirstOccurrence(String haystack, String needle, int expected) {
		// when
		int found = new ByteSearch(needle).indexOf(bytes(haystack), 0, haystack.length());

		// then
		assertThat(found).isEqualTo(expected);
	}

	@Test
	void agreesWithStringIndexOfOnRandomText() {
		// given: a small alphabet makes near misses and borrow false positives common
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 2_000; round++) {
			String haystack = text(random, random.nextInt(200));
			String needle = text(random, 1 + random.nextInt(5));
			int from = random.nextInt(haystack.length() + 1);
			int to = from + random.nextInt(haystack.length() - from + 1);

			// when
			int found = new ByteSearch(needle).indexOf(bytes(haystack), from, to);

			// then
			int expected = haystack.substring(0, to).indexOf(needle, from);
			assertThat(found).as("%s in %s [%d, %d)", needle, haystack, from, to).isEqualTo(expected);
		}
	}

	@Test
	void agreesWithStringIndexOfWhereTheAnchorByteIsCommon() {
		// given: long texts over four bytes, with needles of up to 40, so that matches and near misses fall in every
		// lane of the 32-byte steps and in the tails after them
		SplittableRandom random = new SplittableRandom(11);
		for (int round = 0; round < 1_000; round++) {
			String haystack = text(random, random.nextInt(1_500));
			String needle = text(random, 1 + random.nextInt(40));
			if (random.nextBoolean() && haystack.length() > needle.length()) {
				int at = random.nextInt(haystack.length() - needle.length());
				haystack = haystack.substring(0, at) + needle + haystack.substring(at + needle.length());
			}
			int from = random.nextInt(haystack.length() + 1);
			int to = from + random.nextInt(haystack.length() - from + 1);

			// when
			int found = new ByteSearch(needle).indexOf(bytes(haystack), from, to);

			// then
			int expected = haystack.substring(0, to).indexOf(needle, from);
			assertThat(found).as("%s in [%d, %d)", needle, from, to).isEqualTo(expected);
		}
	}

	@Test
	void findsAScopeKeyPastManyKeysOfTheSameShape() {
		// given: hundreds of JSON keys that start and end like the one searched for, then the one
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < 500; i++) {
			json.append("\"webapp.video-detai").append((char) ('m' + i % 13)).append("\":{\"x\":1},");
		}
		int expected = json.length();
		json.append("\"webapp.video-detail\":{}}");

		// when
		int found = new ByteSearch("\"webapp.video-detail\":").indexOf(bytes(json.toString()), 0, json.length());

		// then
		assertThat(found).isEqualTo(expected);
	}

	private static String text(SplittableRandom random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append("ab\u0001\u00ff".charAt(random.nextInt(4)));
		}
		return text.toString();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
