package io.vidtrack.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rows the tests start from, inserted with plain SQL as the API would. */
public final class Fixtures {

	private final JdbcTemplate jdbc;

	public Fixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long org(String plan, int discoverEveryHours, int statsEveryHours) {
		return this.jdbc.queryForObject("""
				insert into orgs (name, plan_id, discover_every_hours, stats_every_hours)
				values ('org', ?, ?, ?) returning id""", Long.class, plan, discoverEveryHours, statsEveryHours);
	}

	public long org(String plan) {
		return org(plan, 24, 24);
	}

	public long project(long org) {
		return this.jdbc.queryForObject("insert into projects (org_id, name) values (?, 'project') returning id",
				Long.class, org);
	}

	public long creator(long project, String handle, String mode, LocalDate trackingStart) {
		return this.jdbc.queryForObject("""
				insert into creators (project_id, tiktok_handle, tracking_mode, tracking_start_date)
				values (?, ?, ?, ?) returning id""", Long.class, project, handle, mode, trackingStart);
	}

	public void discovered(long creator, String secUid, Instant at) {
		// discovered then, so next due one interval of the org (clamped to its plan's floor) later
		this.jdbc.update("""
				update creators c set sec_uid = ?, last_discovered_at = ?::timestamptz, next_discovery_at = ?::timestamptz
					+ make_interval(hours => greatest(o.discover_every_hours, pl.min_discover_videos_hours))
				from projects p join orgs o on o.id = p.org_id join plans pl on pl.id = o.plan_id
				where p.id = c.project_id and c.id = ?""", secUid, Timestamp.from(at), Timestamp.from(at), creator);
	}

	public long video(long project, @Nullable Long creator, String tiktokId, String status,
			@Nullable Instant postedAt, @Nullable Instant lastScrapedAt) {
		String handle = (creator != null) ? this.jdbc.queryForObject(
				"select tiktok_handle from creators where id = ?", String.class, creator) : "someone";
		Timestamp scraped = (lastScrapedAt != null) ? Timestamp.from(lastScrapedAt) : null;
		// captured then, so next due one interval of the org (clamped to its plan's floor) later
		return this.jdbc.queryForObject("""
				insert into videos (project_id, creator_id, tiktok_video_id, url, tracking_status, posted_at,
					last_scraped_at, next_capture_at)
				select ?, ?, ?, ?, ?, ?, ?::timestamptz, coalesce(?::timestamptz
					+ make_interval(hours => greatest(o.stats_every_hours, pl.min_video_stats_hours)), '-infinity')
				from projects p join orgs o on o.id = p.org_id join plans pl on pl.id = o.plan_id where p.id = ?
				returning id""", Long.class, project, creator, tiktokId,
				"https://www.tiktok.com/@" + handle + "/video/" + tiktokId, status,
				(postedAt != null) ? Timestamp.from(postedAt) : null, scraped, scraped, project);
	}

	public void snapshot(long video, Instant at, long views) {
		this.jdbc.update("""
				insert into stats_snapshots (video_id, captured_at, views, likes, comments, shares, saves)
				values (?, ?, ?, 1, 1, 1, 1)""", video, Timestamp.from(at), views);
	}

	public int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	public List<Map<String, Object>> rows(String sql, Object... args) {
		return this.jdbc.queryForList(sql, args);
	}

}
