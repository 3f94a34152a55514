package io.vidtrack.api.testsupport;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.vidtrack.api.auth.ApiKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows a test starts from, written straight to Postgres: an org of a plan with a read and a write key, and its
 * projects, creators, videos, snapshots and aggregates. Every call makes new rows, so tests never collide.
 */
public final class Fixtures {

	private static final SecureRandom RANDOM = new SecureRandom();

	// TikTok ids unique across the whole test JVM
	private static final AtomicLong TIKTOK_IDS = new AtomicLong(7_300_000_000_000_000_000L + System.nanoTime() % 1_000_000);

	private final JdbcTemplate jdbc;

	Fixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new org on the plan, in UTC, with a read-write key and a read-only key. */
	public Org org(String plan) {
		return org(plan, "UTC");
	}

	public Org org(String plan, String timezone) {
		Long orgId = this.jdbc.queryForObject(
				"insert into orgs (name, plan_id, timezone) values ('Test org', ?, ?) returning id", Long.class, plan,
				timezone);
		Key write = key(orgId, "read", "write");
		Key read = key(orgId, "read");
		return new Org(orgId, write.key(), read.key(), write.id());
	}

	/** A new key of the org with these scopes. */
	public Key key(long orgId, String... scopes) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String key = "tga_" + HexFormat.of().formatHex(random);
		Long id = this.jdbc.queryForObject("""
				insert into api_keys (org_id, name, key_hash, key_prefix, scopes) values (?, 'test', ?, ?, ?)
				returning id""", Long.class, orgId, ApiKeys.sha256(key), key.substring(0, 12), scopes);
		return new Key(id, key);
	}

	public void revoke(long keyId) {
		this.jdbc.update("update api_keys set revoked_at = now() where id = ?", keyId);
	}

	public long project(long orgId) {
		return this.jdbc.queryForObject("insert into projects (org_id, name) values (?, 'Test project') returning id",
				Long.class, orgId);
	}

	public long creator(long projectId, String handle, String trackingMode) {
		return this.jdbc.queryForObject("""
				insert into creators (project_id, tiktok_handle, tracking_mode, tracking_start_date)
				values (?, ?, ?, date '2020-01-01') returning id""", Long.class, projectId, handle, trackingMode);
	}

	public long campaign(long projectId, String name) {
		return this.jdbc.queryForObject("insert into campaigns (project_id, name) values (?, ?) returning id",
				Long.class, projectId, name);
	}

	/** A campaign item, as the campaign endpoints would add it. */
	public void item(long campaignId, String type, long itemId) {
		this.jdbc.update("insert into campaign_items (campaign_id, item_type, item_id) values (?, ?, ?)", campaignId,
				type, itemId);
	}

	/** A video with current counts (views, likes, comments, shares, saves) as a capture left them. */
	public long video(long projectId, @Nullable Long creatorId, String status, long... counts) {
		String tiktokId = Long.toString(TIKTOK_IDS.incrementAndGet());
		long[] c = (counts.length == 5) ? counts : new long[] { 0, 0, 0, 0, 0 };
		return this.jdbc.queryForObject("""
				insert into videos (project_id, creator_id, tiktok_video_id, url, title, tracking_status, posted_at,
					view_count, like_count, comment_count, share_count, save_count, last_scraped_at)
				values (?, ?, ?, ?, 'A test post', ?, now() - interval '1 day', ?, ?, ?, ?, ?, now())
				returning id""", Long.class, projectId, creatorId, tiktokId,
				"https://www.tiktok.com/@someone/video/" + tiktokId, status, c[0], c[1], c[2], c[3], c[4]);
	}

	public String tiktokId(long videoId) {
		return this.jdbc.queryForObject("select tiktok_video_id from videos where id = ?", String.class, videoId);
	}

	public void snapshot(long videoId, Instant capturedAt, long views, long likes, long comments, long shares,
			long saves) {
		this.jdbc.update("""
				insert into stats_snapshots (video_id, captured_at, views, likes, comments, shares, saves)
				values (?, ?, ?, ?, ?, ?, ?)""", videoId, Timestamp.from(capturedAt), views, likes, comments, shares,
				saves);
	}

	/** The stream processor's totals row of an entity, as if it had run. */
	public void totals(String entityType, long entityId, long videos, long views, long likes, long comments,
			long shares, long saves) {
		this.jdbc.update("""
				insert into aggregate_totals (entity_type, entity_id, videos, views, likes, comments, shares, saves)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (entity_type, entity_id) do update set videos = excluded.videos, views = excluded.views,
					likes = excluded.likes, comments = excluded.comments, shares = excluded.shares, saves = excluded.saves""",
				entityType, entityId, videos, views, likes, comments, shares, saves);
	}

	/** The stream processor's daily row of an entity: gained views (and likes) that day, and baseline views. */
	public void daily(String entityType, long entityId, LocalDate day, long videos, long gainedViews,
			long gainedLikes, long baselineViews) {
		this.jdbc.update("""
				insert into aggregate_daily (entity_type, entity_id, day, videos, gained_views, gained_likes,
					gained_comments, gained_shares, gained_saves, baseline_views, baseline_likes, baseline_comments,
					baseline_shares, baseline_saves)
				values (?, ?, ?, ?, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0)""", entityType, entityId, day, videos, gainedViews,
				gainedLikes, baselineViews);
	}

	/** The payloads appended to the outbox for one topic and key, oldest first. */
	public List<String> outbox(String topic, long key) {
		return this.jdbc.queryForList("select payload from outbox where topic = ? and message_key = ? order by id",
				String.class, topic, Long.toString(key));
	}

	/** An org and its keys: {@code writeKey} has read and write, {@code readKey} only read. */
	public record Org(long id, String writeKey, String readKey, long writeKeyId) {
	}

	public record Key(long id, String key) {
	}

}
