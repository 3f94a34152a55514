package io.vidtrack.ingest.discovery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.ingest.discovery.NewVideo.Key;
import io.vidtrack.ingest.support.Sql;
import io.vidtrack.ingest.support.Tracking;

import org.springframework.jdbc.core.JdbcOperations;

/** Which of the posts a listing showed the projects already track; a listed post is available again. */
class KnownVideos {

	private static final String EXISTING = """
			select v.project_id, v.tiktok_video_id
			from videos v
			join unnest(?::bigint[], ?::text[]) as s(project_id, tiktok_video_id)
				on v.project_id = s.project_id and v.tiktok_video_id = s.tiktok_video_id""";

	private static final String MARK_AVAILABLE = """
			update videos v set availability = 'available', unavailable_since = null, updated_at = now()
			from unnest(?::bigint[], ?::text[]) as s(project_id, tiktok_video_id), projects p, orgs o
			where v.project_id = s.project_id and v.tiktok_video_id = s.tiktok_video_id
				and v.availability <> 'available' and p.id = v.project_id and o.id = p.org_id
			returning v.id, p.org_id, v.project_id, v.creator_id, v.tiktok_video_id, v.tracking_status,
				v.tracking_disabled, v.posted_at, o.timezone""";

	private final JdbcOperations jdbc;

	KnownVideos(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	Set<Key> existing(List<Key> keys) {
		Set<Key> existing = new HashSet<>();
		this.jdbc.query(EXISTING, (statement) -> bind(statement, keys),
				(rs) -> {
					existing.add(new Key(rs.getLong("project_id"), rs.getString("tiktok_video_id")));
				});
		return existing;
	}

	/** Videos marked deleted, private or unavailable that a listing shows again come back, with their event. */
	List<VideoStateChanged> markListed(List<Key> keys, Instant at) {
		return this.jdbc.query(MARK_AVAILABLE, (statement) -> bind(statement, keys), (rs, row) -> {
			String status = rs.getString("tracking_status");
			boolean disabled = rs.getBoolean("tracking_disabled");
			return new VideoStateChanged(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("project_id"),
					Sql.nullableLong(rs, "creator_id"), rs.getString("tiktok_video_id"), status, disabled,
					Tracking.counted(status, disabled), Tracking.AVAILABLE, Sql.instant(rs, "posted_at"),
					rs.getString("timezone"), at);
		});
	}

	private static void bind(PreparedStatement statement, List<Key> keys) throws SQLException {
		statement.setObject(1, keys.stream().map(Key::projectId).toArray(Long[]::new));
		statement.setObject(2, keys.stream().map(Key::tiktokVideoId).toArray(String[]::new));
	}

}
