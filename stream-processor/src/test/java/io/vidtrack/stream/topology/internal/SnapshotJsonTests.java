package io.vidtrack.stream.topology.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import io.vidtrack.events.EventJson;
import io.vidtrack.events.StatsSnapshotCaptured;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotJsonTests {

	@Test
	void readsWhatTheOutboxWritesAsDataBindingDoes() {
		// given
		Random random = new Random(7);
		for (int i = 0; i < 2_000; i++) {
			var event = new StatsSnapshotCaptured(random.nextLong(1, Long.MAX_VALUE),
					Instant.ofEpochSecond(random.nextLong(1_600_000_000L, 1_900_000_000L), random.nextInt(1_000_000_000)),
					random.nextBoolean() ? null : random.nextLong(0, Long.MAX_VALUE), random.nextLong(1L << 40),
					random.nextLong(1L << 30), random.nextLong(1L << 30), random.nextLong(1L << 30), random.nextBoolean());
			String json = EventJson.write(event);

			// when
			StatsSnapshotCaptured read = SnapshotJson.read(json.getBytes(StandardCharsets.UTF_8));

			// then
			assertThat(read).isEqualTo(event).isEqualTo(EventJson.read(json, StatsSnapshotCaptured.class));
		}
	}

	@Test
	void ignoresUnknownFieldsOfAnyShapeAndAcceptsAnyOrderAndNumericStrings() {
		// given
		String json = """
				{"baseline":true,"later":{"nested":[1,{"x":"y"}],"flag":null},"saves":"5","shares":4,
				 "comments":3,"likes":2,"views":null,"capturedAt":"2026-11-25T10:15:30Z","tags":["a"],"videoId":"42"}""";

		// when
		StatsSnapshotCaptured read = SnapshotJson.read(json.getBytes(StandardCharsets.UTF_8));

		// then
		assertThat(read).isEqualTo(
				new StatsSnapshotCaptured(42, Instant.parse("2026-11-25T10:15:30Z"), null, 2, 3, 4, 5, true));
	}

	@Test
	void refusesAnEventMissingAFieldAsDataBindingDoesNamingTheEvent() {
		// given
		String json = "{\"videoId\":9,\"capturedAt\":\"2026-11-25T10:15:30Z\",\"views\":1}";

		// when / then
		assertThatThrownBy(() -> EventJson.read(json, StatsSnapshotCaptured.class)).isNotNull();
		assertThatThrownBy(() -> SnapshotJson.read(json.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(SerializationException.class)
			.hasMessageContaining("Malformed snapshot event '{\"videoId\":9")
			.hasMessageContaining("are required");
	}

	@Test
	void leavesViewsNullWhenTheEventHasNone() {
		// given
		String json = "{\"videoId\":9,\"capturedAt\":\"2026-11-25T10:15:30Z\",\"likes\":1,\"comments\":2,"
				+ "\"shares\":3,\"saves\":4,\"baseline\":false}";

		// when
		StatsSnapshotCaptured read = SnapshotJson.read(json.getBytes(StandardCharsets.UTF_8));

		// then
		assertThat(read).isEqualTo(EventJson.read(json, StatsSnapshotCaptured.class))
			.isEqualTo(new StatsSnapshotCaptured(9, Instant.parse("2026-11-25T10:15:30Z"), null, 1, 2, 3, 4, false));
	}

	@Test
	void refusesTruncatedJsonNonObjectsAndWrongTypesWithAClearError() {
		// given
		String[] bad = { "{\"videoId\":9,\"capturedAt\":\"2026-11-25T10:15:30Z\",\"views\":", "[1,2]", "not json",
				"{\"videoId\":9,\"capturedAt\":\"yesterday\"}", "{\"videoId\":9,\"capturedAt\":\"2026-11-25T10:15:30Z\",\"likes\":[1]}",
				"{\"videoId\":\"nine\",\"capturedAt\":\"2026-11-25T10:15:30Z\"}" };

		for (String json : bad) {
			// when / then
			assertThatThrownBy(() -> SnapshotJson.read(json.getBytes(StandardCharsets.UTF_8)))
				.as(json)
				.isInstanceOf(SerializationException.class)
				.hasMessageStartingWith("Malformed snapshot event");
		}
	}

}
