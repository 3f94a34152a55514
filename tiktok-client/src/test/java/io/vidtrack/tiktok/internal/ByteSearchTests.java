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
		// a small alphabet makes near misses and borrow false positives common
		agreesWithStringIndexOf(new SplittableRandom(7), 2_000, 200, 5);
	}

	@Test
	void agreesWithStringIndexOfOnLongTextsWithPlantedMatches() {
		// needles of up to 40 in texts of up to 1,500, half of them planted: matches and near misses fall in every
		// lane of the 32-byte steps and in the tails after them
		agreesWithStringIndexOf(new SplittableRandom(11), 1_000, 1_500, 40);
	}

	private static void agreesWithStringIndexOf(SplittableRandom random, int rounds, int maxText, int maxNeedle) {
		for (int round = 0; round < rounds; round++) {
			// given
			String haystack = text(random, random.nextInt(maxText));
			String needle = text(random, 1 + random.nextInt(maxNeedle));
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
			assertThat(found).as("%s in %s [%d, %d)", needle, haystack, from, to).isEqualTo(expected);
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
