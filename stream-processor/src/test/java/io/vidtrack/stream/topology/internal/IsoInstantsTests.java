package io.vidtrack.stream.topology.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoInstantsTests {

	@Test
	void readsEveryInstantAsInstantParseDoes() {
		// given
		Random random = new Random(11);
		long min = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
		long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
		for (int i = 0; i < 20_000; i++) {
			int nanos = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextInt(1_000) * 1_000_000;
				case 2 -> random.nextInt(1_000_000) * 1_000;
				default -> random.nextInt(1_000_000_000);
			};
			Instant instant = Instant.ofEpochSecond(random.nextLong(min, max + 1), nanos);

			// when / then
			assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
		}
	}

	@Test
	void readsShortFractionsOffsetsAndLeapSecondsToo() {
		// given
		String[] texts = { "2026-11-25T10:15:30.5Z", "2026-11-25T10:15:30.123456789Z", "2026-11-25T10:15:30+01:00",
				"2016-12-31T23:59:60Z", "+12026-01-01T00:00:00Z", "2024-02-29T00:00:00Z",
				"2026-11-25T10:15:30.Z" };

		for (String text : texts) {
			// when / then
			assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
		}
	}

	@Test
	void refusesWhatInstantParseRefuses() {
		// given
		String[] texts = { "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-25T24:00:01Z",
				"2026-11-25T10:15:3aZ", "2026-11-25 10:15:30Z", "yesterday", "" };

		for (String text : texts) {
			// when / then
			assertThatThrownBy(() -> IsoInstants.parse(text)).as(text).isInstanceOf(DateTimeException.class);
			assertThatThrownBy(() -> Instant.parse(text)).as(text).isInstanceOf(DateTimeException.class);
		}
	}

}
