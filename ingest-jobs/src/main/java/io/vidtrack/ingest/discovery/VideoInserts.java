package io.vidtrack.ingest.discovery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import io.vidtrack.ingest.discovery.NewVideo.Key;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Inserts a chunk's new videos with one statement (arrays unnested) that returns the generated ids. A video
 * another writer added meanwhile is left alone ({@code on conflict do nothing}) and not returned.
 */
class VideoInserts {

	// timestamps travel as ISO-8601 text and are cast per row: the driver binds no timestamptz arrays
	private static final String INSERT = """
			insert into videos (project_id, creator_id, tiktok_video_id, url, title, thumbnail_url, posted_at,
				is_photo, tracking_status, view_count, like_count, comment_count, share_count, save_count,
				last_scraped_at, next_capture_at)
			select project_id, creator_id, tiktok_video_id, url, title, thumbnail_url, posted_at::timestamptz,
				is_photo, tracking_status, views, likes, comments, shares, saves, scraped_at::timestamptz,
				next_capture_at::timestamptz
			from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				?::boolean[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[],
				?::text[])
				as n(project_id, creator_id, tiktok_video_id, url, title, thumbnail_url, posted_at, is_photo,
					tracking_status, views, likes, comments, shares, saves, scraped_at, next_capture_at)
			on conflict (project_id, tiktok_video_id) do nothing
			returning id, project_id, tiktok_video_id""";

	private final JdbcOperations jdbc;

	VideoInserts(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of the videos inserted, by key. */
	Map<Key, Long> insert(List<NewVideo> videos) {
		Map<Key, Long> ids = new HashMap<>();
		if (videos.isEmpty()) {
			return ids;
		}
		this.jdbc.query(INSERT, (statement) -> bind(statement, videos), (rs) -> {
			ids.put(new Key(rs.getLong("project_id"), rs.getString("tiktok_video_id")), rs.getLong("id"));
		});
		return ids;
	}

	private static void bind(PreparedStatement statement, List<NewVideo> videos) throws SQLException {
		statement.setObject(1, column(videos, (video) -> video.creator().projectId(), Long[]::new));
		statement.setObject(2, column(videos, (video) -> video.creator().id(), Long[]::new));
		statement.setObject(3, column(videos, (video) -> video.post().id(), String[]::new));
		statement.setObject(4, column(videos, NewVideo::url, String[]::new));
		statement.setObject(5, column(videos, (video) -> video.post().caption(), String[]::new));
		statement.setObject(6, column(videos, (video) -> video.post().coverUrl(), String[]::new));
		statement.setObject(7, column(videos, (video) -> video.post().createdAt().toString(), String[]::new));
		statement.setObject(8, column(videos, (video) -> video.post().photo(), Boolean[]::new));
		statement.setObject(9, column(videos, NewVideo::status, String[]::new));
		statement.setObject(10, column(videos, (video) -> video.post().stats().views(), Long[]::new));
		statement.setObject(11, column(videos, (video) -> video.post().stats().likes(), Long[]::new));
		statement.setObject(12, column(videos, (video) -> video.post().stats().comments(), Long[]::new));
		statement.setObject(13, column(videos, (video) -> video.post().stats().shares(), Long[]::new));
		statement.setObject(14, column(videos, (video) -> video.post().stats().saves(), Long[]::new));
		statement.setObject(15, column(videos, (video) -> video.at().toString(), String[]::new));
		statement.setObject(16, column(videos, (video) -> video.creator().nextCaptureAt().toString(), String[]::new));
	}

	private static <T> T[] column(List<NewVideo> videos, Function<NewVideo, ? extends T> value,
			IntFunction<T[]> array) {
		return videos.stream().map(value).toArray(array);
	}

}
