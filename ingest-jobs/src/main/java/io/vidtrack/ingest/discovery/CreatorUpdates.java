package io.vidtrack.ingest.discovery;

import java.util.List;

import io.vidtrack.events.CreatorSnapshotCaptured;
import io.vidtrack.ingest.support.Sql;
import io.vidtrack.tiktok.Profile;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Writes what a chunk's profile reads said: the creators' identity and counts, their snapshots, and that they
 * were discovered (which also clears any pending request, so the poller does not ask again).
 */
class CreatorUpdates {

	// a gone profile keeps the identity last seen: only its status changes; a display name the team set through
	// the API is theirs, not TikTok's to refresh
	private static final String UPDATE = """
			update creators set display_name = case when display_name_set then display_name
					else coalesce(?, display_name) end, avatar_url = coalesce(?, avatar_url),
				follower_count = coalesce(?, follower_count), tiktok_user_id = coalesce(?, tiktok_user_id),
				sec_uid = coalesce(?, sec_uid), profile_status = ?, last_discovered_at = ?, next_discovery_at = ?,
				discovery_requested_at = null, updated_at = now()
			where id = ?""";

	private static final String INSERT_SNAPSHOT = """
			insert into creator_snapshots (creator_id, captured_at, followers, following, total_likes, video_count)
			values (?, ?, ?, ?, ?, ?)
			on conflict (creator_id, captured_at) do nothing""";

	private final JdbcOperations jdbc;

	CreatorUpdates(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	void update(List<? extends CreatorDiscovery> items) {
		this.jdbc.batchUpdate(UPDATE, items, items.size(), (statement, item) -> {
			Profile profile = (item instanceof CreatorDiscovery.Found found) ? found.profile() : null;
			String status = switch (item) {
				case CreatorDiscovery.Found found -> found.profileStatus();
				case CreatorDiscovery.Unavailable unavailable -> unavailable.profileStatus();
			};
			Sql.setString(statement, 1, (profile != null) ? profile.displayName() : null);
			Sql.setString(statement, 2, (profile != null) ? profile.avatarUrl() : null);
			Sql.setLong(statement, 3, (profile != null) ? profile.followers() : null);
			Sql.setString(statement, 4, (profile != null) ? profile.userId() : null);
			Sql.setString(statement, 5, (profile != null) ? profile.secUid() : null);
			statement.setString(6, status);
			Sql.setTimestamp(statement, 7, item.at());
			Sql.setTimestamp(statement, 8, item.creator().nextDiscoveryAt());
			statement.setLong(9, item.creator().id());
		});
	}

	List<CreatorSnapshotCaptured> snapshot(List<CreatorDiscovery.Found> found) {
		List<CreatorSnapshotCaptured> snapshots = found.stream()
			.map((item) -> new CreatorSnapshotCaptured(item.creator().id(), item.at(), item.profile().followers(),
					item.profile().following(), item.profile().totalLikes(), item.profile().videoCount()))
			.toList();
		this.jdbc.batchUpdate(INSERT_SNAPSHOT, snapshots, snapshots.size(), (statement, snapshot) -> {
			statement.setLong(1, snapshot.creatorId());
			Sql.setTimestamp(statement, 2, snapshot.capturedAt());
			Sql.setLong(statement, 3, snapshot.followers());
			Sql.setLong(statement, 4, snapshot.following());
			Sql.setLong(statement, 5, snapshot.totalLikes());
			Sql.setLong(statement, 6, snapshot.videoCount());
		});
		return snapshots;
	}

}
