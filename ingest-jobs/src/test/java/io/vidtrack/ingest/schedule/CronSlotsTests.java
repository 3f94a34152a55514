package io.vidtrack.ingest.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.vidtrack.ingest.support.Slot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CronSlotsTests {

	private final CronSlots hourly = CronSlots.of("0 0 * * * *", ZoneOffset.UTC);

	@Test
	void namesAFiringByTheTimeItWasDueNotByWhenTheThreadWoke() {
		// when
		Slot slot = this.hourly.latest(Instant.parse("2026-11-25T20:00:00.734Z"));

		// then
		assertThat(slot).isNotNull();
		assertThat(slot.id()).isEqualTo("2026-11-25T20:00Z");
	}

	@Test
	void catchesUpTheLatestSlotAtStartup() {
		// when
		Slot slot = this.hourly.latest(Instant.parse("2026-11-25T20:59:59Z"));

		// then
		assertThat(slot.asOf()).isEqualTo(Instant.parse("2026-11-25T20:00:00Z"));
	}

	@Test
	void readsTheCronInItsZone() {
		// given: 03:30 in Berlin is 02:30 UTC in winter
		CronSlots nightly = CronSlots.of("0 30 3 * * *", ZoneId.of("Europe/Berlin"));

		// when
		Slot slot = nightly.latest(Instant.parse("2026-11-25T02:00:00Z"));

		// then
		assertThat(slot.asOf()).isEqualTo(Instant.parse("2026-11-24T02:30:00Z"));
	}

}
