package io.vidtrack.ingest.discovery;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DueCreatorTests {

	@Test
	void tracksNewVideosOfAnAutoCreatorAtOnce() {
		assertThat(creator("auto", "UTC").newVideoStatus()).isEqualTo("auto_tracked");
	}

	@Test
	void sendsNewVideosOfASelectiveCreatorToTheInbox() {
		assertThat(creator("selective", "UTC").newVideoStatus()).isEqualTo("pending_review");
	}

	@Test
	void startsTrackingAtMidnightInTheOrgsZone() {
		assertThat(creator("auto", "America/New_York").trackingStart())
			.isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
	}

	private static DueCreator creator(String mode, String timezone) {
		return new DueCreator(1, 2, 3, "ana", null, mode, LocalDate.parse("2026-03-01"), timezone, null, false,
				Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"));
	}

}
