package io.vidtrack.ingest.support;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlotTests {

	@Test
	void namesAScheduledSlotByItsUtcTime() {
		// given
		Instant at = Instant.parse("2026-11-25T20:00:00Z");

		// when
		Slot slot = Slot.scheduled(at);

		// then
		assertThat(slot.id()).isEqualTo("2026-11-25T20:00Z");
		assertThat(slot.manual()).isFalse();
		assertThat(Slot.parse(slot.id())).isEqualTo(slot);
	}

	@Test
	void readsTheInstantOfAManualSlotAsItsAsOf() {
		// given
		Instant at = Instant.parse("2026-11-25T20:00:02.123Z");

		// when
		Slot slot = Slot.parse(Slot.manual(at).id());

		// then
		assertThat(slot.id()).isEqualTo("manual:2026-11-25T20:00:02.123Z");
		assertThat(slot.asOf()).isEqualTo(at);
		assertThat(slot.manual()).isTrue();
		assertThat(slot.queryParameters()).containsEntry("requestedOnly", true);
	}

	@Test
	void identifiesTheJobInstanceByTheSlotAlone() {
		// when
		var parameters = Slot.parse("2026-11-25T20:00Z").toJobParameters();

		// then
		assertThat(parameters.getString(Slot.PARAMETER)).isEqualTo("2026-11-25T20:00Z");
		assertThat(parameters.parameters()).hasSize(1);
	}

	@Test
	void rejectsWhatIsNotASlot() {
		assertThatIllegalArgumentException().isThrownBy(() -> Slot.parse("yesterday")).withMessageContaining("yesterday");
	}

}
