package io.vidtrack.stream.testsupport;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/** Inserts domain rows the way the writers do, returning their ids. */
public final class Domain {

	private static final AtomicLong tiktokIds = new AtomicLong(7_400_000_000_000_000_000L);

	private final JdbcOperations jdbc;

	public Domain(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	public long org(String timezone) {
		return id("insert into orgs (name, plan_id, timezone) values ('org', 'ultra', ?) returning id", timezone);
	}

	public long project(long orgId) {
		return id("insert into projects (org_id, name) values (?, 'project') returning id", orgId);
	}

	public long creator(long projectId, String handle) {
		return id("insert into creators (project_id, tiktok_handle) values (?, ?) returning id", projectId, handle);
	}

	public long video(long projectId, @Nullable Long creatorId, String status, @Nullable Instant postedAt) {
		return id("""
				insert into videos (project_id, creator_id, tiktok_video_id, url, tracking_status, posted_at)
				values (?, ?, ?, 'https://www.tiktok.com/@x/video/1', ?, ?) returning id""", projectId, creatorId,
				Long.toString(tiktokIds.incrementAndGet()), status, timestamp(postedAt));
	}

	public long campaign(long projectId) {
		return id("insert into campaigns (project_id, name) values (?, 'campaign') returning id", projectId);
	}

	public void item(long campaignId, String type, long itemId) {
		this.jdbc.update("insert into campaign_items (campaign_id, item_type, item_id) values (?, ?, ?)", campaignId,
				type, itemId);
	}

	public void removeItem(long campaignId, String type, long itemId) {
		this.jdbc.update("delete from campaign_items where campaign_id = ? and item_type = ? and item_id = ?",
				campaignId, type, itemId);
	}

	public void snapshot(long videoId, Instant capturedAt, @Nullable Long views, long likes) {
		this.jdbc.update("""
				insert into stats_snapshots (video_id, captured_at, views, likes, comments, shares, saves)
				values (?, ?, ?, ?, ?, ?, ?)""", videoId, timestamp(capturedAt), views, likes, likes / 2, likes / 4,
				likes / 8);
	}

	public static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private long id(String sql, @Nullable Object... args) {
		Long id = this.jdbc.queryForObject(sql, Long.class, args);
		if (id == null) {
			throw new IllegalStateException("No id returned by " + sql);
		}
		return id;
	}

}
