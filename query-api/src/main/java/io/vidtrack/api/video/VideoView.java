package io.vidtrack.api.video;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The v1 video object, in the field order of the contract. {@code description} is the video's markdown notes
 * (written as {@code readme}). Counts are the latest capture's; {@code view_count} is null for a photo post
 * that shows no views.
 */
public record VideoView(long id, long projectId, @Nullable Long creatorId, String tiktokVideoId, String url,
		@Nullable String title, @Nullable String thumbnailUrl, @Nullable Instant postedAt, boolean isPhoto,
		String trackingStatus, boolean trackingDisabled, @Nullable Long viewCount, @Nullable Long likeCount,
		@Nullable Long commentCount, @Nullable Long shareCount, @Nullable Long saveCount,
		@Nullable Instant lastScrapedAt, @Nullable String description) {

	/** The columns {@link #from} reads, for a query over {@code videos v}. */
	public static final String COLUMNS = """
			v.id, v.project_id, v.creator_id, v.tiktok_video_id, v.url, v.title, v.thumbnail_url, v.posted_at,
			v.is_photo, v.tracking_status, v.tracking_disabled, v.view_count, v.like_count, v.comment_count,
			v.share_count, v.save_count, v.last_scraped_at, v.notes""";

	public static VideoView from(ResultSet row) throws SQLException {
		return new VideoView(row.getLong("id"), row.getLong("project_id"), row.getObject("creator_id", Long.class),
				row.getString("tiktok_video_id"), row.getString("url"), row.getString("title"),
				row.getString("thumbnail_url"), instant(row, "posted_at"), row.getBoolean("is_photo"),
				row.getString("tracking_status"), row.getBoolean("tracking_disabled"),
				row.getObject("view_count", Long.class), row.getObject("like_count", Long.class),
				row.getObject("comment_count", Long.class), row.getObject("share_count", Long.class),
				row.getObject("save_count", Long.class), instant(row, "last_scraped_at"), row.getString("notes"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		java.sql.Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
