package io.vidtrack.ingest.discovery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A creator whose discovery is due, with what deciding its new videos takes. {@code requested} says somebody
 * asked for it (creator added, start date changed, manual refresh).
 */
record DueCreator(long id, long projectId, long orgId, String handle, @Nullable String secUid, String trackingMode,
		LocalDate trackingStartDate, String timezone, @Nullable Instant lastDiscoveredAt, boolean requested,
		Instant nextDiscoveryAt, Instant nextCaptureAt) {

	/** The start of the tracking start date in the org's time zone: older posts are never added. */
	Instant trackingStart() {
		return this.trackingStartDate.atStartOfDay(ZoneId.of(this.timezone)).toInstant();
	}

	/** Auto mode tracks at once; selective mode sends new videos to the Tracking Inbox. */
	String newVideoStatus() {
		return "selective".equals(this.trackingMode) ? "pending_review" : "auto_tracked";
	}

}
