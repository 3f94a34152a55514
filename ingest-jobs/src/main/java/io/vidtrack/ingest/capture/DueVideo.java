package io.vidtrack.ingest.capture;

import java.time.Instant;

import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.ingest.support.Sql;
import io.vidtrack.ingest.support.Tracking;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;

/**
 * A video whose capture is due, with its tracking state (for the events a capture may emit). {@code handle} is
 * the creator's, or the one in a direct add's URL (possibly empty: TikTok serves {@code /@/video/ID} too).
 * {@code nextCaptureAt} is when it is due again once this slot has captured it (or found it gone).
 */
record DueVideo(long id, long orgId, long projectId, @Nullable Long creatorId, String tiktokVideoId, String url,
		String handle, String trackingStatus, boolean trackingDisabled, String availability,
		@Nullable Instant postedAt, String timezone, @Nullable Instant lastScrapedAt,
		@Nullable Instant captureRequestedAt, Instant nextCaptureAt) {

	// mapped by hand: a chunk maps thousands of rows, and a generic mapper's per-column conversions (Instant
	// included, which the driver refuses before a fallback) cost more than the query
	static final RowMapper<DueVideo> ROW_MAPPER = (rs, row) -> new DueVideo(rs.getLong("id"), rs.getLong("org_id"),
			rs.getLong("project_id"), Sql.nullableLong(rs, "creator_id"), rs.getString("tiktok_video_id"),
			rs.getString("url"), rs.getString("handle"), rs.getString("tracking_status"),
			rs.getBoolean("tracking_disabled"), rs.getString("availability"), Sql.instant(rs, "posted_at"),
			rs.getString("timezone"), Sql.instant(rs, "last_scraped_at"), Sql.instant(rs, "capture_requested_at"),
			rs.getTimestamp("next_capture_at").toInstant());

	/** A video's first snapshot is its baseline: it gains nothing on its day. */
	boolean firstCapture() {
		return this.lastScrapedAt == null;
	}

	VideoStateChanged stateChanged(String newAvailability, Instant at) {
		return stateChanged(newAvailability, this.postedAt, at);
	}

	VideoStateChanged stateChanged(String newAvailability, @Nullable Instant postedAt, Instant at) {
		return new VideoStateChanged(this.id, this.orgId, this.projectId, this.creatorId, this.tiktokVideoId,
				this.trackingStatus, this.trackingDisabled, Tracking.counted(this.trackingStatus, this.trackingDisabled),
				newAvailability, postedAt, this.timezone, at);
	}

}
