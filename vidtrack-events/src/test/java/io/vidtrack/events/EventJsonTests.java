package io.vidtrack.events;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventJsonTests {

	@Test
	void snapshotRoundTripsWithNullViewsAndIsoTime() {
		// given
		var event = new StatsSnapshotCaptured(42, Instant.parse("2026-11-25T10:15:30Z"), null, 5, 4, 3, 2, true);

		// when
		String json = EventJson.write(event);

		// then
		assertThat(json).contains("\"capturedAt\":\"2026-11-25T10:15:30Z\"").contains("\"views\":null");
		assertThat(EventJson.read(json, StatsSnapshotCaptured.class)).isEqualTo(event);
		assertThat(event.key()).isEqualTo("42");
		assertThat(event.topic()).isEqualTo(Topics.VIDEO_SNAPSHOTS);
	}

	@Test
	void videoStateRoundTripsAndIgnoresFieldsAddedLater() {
		// given
		var event = new VideoStateChanged(7, 1, 2, null, "7421688026996585528", "direct_add", false, true,
				"available", null, "Europe/Berlin", Instant.parse("2026-11-25T00:00:00Z"));
		String json = EventJson.write(event).replace("{", "{\"addedInV2\":1,");

		// when
		var read = EventJson.read(json, VideoStateChanged.class);

		// then
		assertThat(read).isEqualTo(event);
	}

}
