package io.vidtrack.api.creator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import io.vidtrack.api.aggregates.EntityStats;
import org.jspecify.annotations.Nullable;

/** The v1 creator object; {@code description} is the markdown notes written as {@code readme}. */
record CreatorView(long id, long projectId, String tiktokHandle, @Nullable String displayName,
		@Nullable String avatarUrl, @Nullable Long followerCount, String trackingMode, LocalDate trackingStartDate,
		@Nullable String description, boolean active, @Nullable Instant lastDiscoveredAt, Instant createdAt,
		EntityStats stats) {

	/** The columns {@link #from} reads, for a query over {@code creators c}. */
	static final String COLUMNS = """
			c.id, c.project_id, c.tiktok_handle, c.display_name, c.avatar_url, c.follower_count, c.tracking_mode,
			c.tracking_start_date, c.notes, c.active, c.last_discovered_at, c.created_at""";

	/** A creator read without its stats, which come from another table. */
	static CreatorView from(ResultSet row) throws SQLException {
		return new CreatorView(row.getLong("id"), row.getLong("project_id"), row.getString("tiktok_handle"),
				row.getString("display_name"), row.getString("avatar_url"), row.getObject("follower_count", Long.class),
				row.getString("tracking_mode"), row.getObject("tracking_start_date", LocalDate.class),
				row.getString("notes"), row.getBoolean("active"), instant(row.getTimestamp("last_discovered_at")),
				row.getTimestamp("created_at").toInstant(), EntityStats.ZERO);
	}

	CreatorView withStats(EntityStats stats) {
		return new CreatorView(this.id, this.projectId, this.tiktokHandle, this.displayName, this.avatarUrl,
				this.followerCount, this.trackingMode, this.trackingStartDate, this.description, this.active,
				this.lastDiscoveredAt, this.createdAt, stats);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
