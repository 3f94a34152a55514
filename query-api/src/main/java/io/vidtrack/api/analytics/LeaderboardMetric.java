package io.vidtrack.api.analytics;

import java.util.Arrays;
import java.util.function.Function;

import io.vidtrack.api.video.VideoView;
import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * What the leaderboard ranks by: a current count of the video. Each metric owns its two queries, made once from
 * a fixed template and its own column (never from request text). Views, the usual board, is served by the V14
 * index {@code videos (project_id, (-coalesce(view_count, 0)), id) where counted}: the order is the ascending
 * (−views, id), so the keyset condition is one row comparison the index range-scans from. The other counts
 * sort the project's counted videos (V14 says why they have no index).
 */
enum LeaderboardMetric {

	VIEWS("views", "view_count", VideoView::viewCount), LIKES("likes", "like_count", VideoView::likeCount),
	COMMENTS("comments", "comment_count", VideoView::commentCount), SHARES("shares", "share_count",
			VideoView::shareCount),
	SAVES("saves", "save_count", VideoView::saveCount);

	// params: project id, org id, -value after, id after, rows
	private static final String PROJECT = """
			select %1$s from videos v join projects p on p.id = v.project_id
			where v.project_id = ? and p.org_id = ? and v.counted and (-coalesce(v.%2$s, 0), v.id) > (?, ?)
			order by -coalesce(v.%2$s, 0), v.id limit ?""";

	// params: -value after, id after, rows, org id, rows. One index range per project, merged: a bounded sort
	// of at most (projects × rows) rows instead of sorting every counted video of the org
	private static final String ORG = """
			select %1$s from projects p cross join lateral (
				select v.* from videos v
				where v.project_id = p.id and v.counted and (-coalesce(v.%2$s, 0), v.id) > (?, ?)
				order by -coalesce(v.%2$s, 0), v.id limit ?) v
			where p.org_id = ?
			order by -coalesce(v.%2$s, 0), v.id limit ?""";

	private final String wire;

	private final String projectSql;

	private final String orgSql;

	private final Function<VideoView, @Nullable Long> count;

	LeaderboardMetric(String wire, String column, Function<VideoView, @Nullable Long> count) {
		this.wire = wire;
		this.projectSql = PROJECT.formatted(VideoView.COLUMNS, column);
		this.orgSql = ORG.formatted(VideoView.COLUMNS, column);
		this.count = count;
	}

	static LeaderboardMetric parse(String text) {
		return Arrays.stream(values())
			.filter((metric) -> metric.wire.equals(text))
			.findFirst()
			.orElseThrow(() -> ApiException.invalidQuery("metric must be one of views, likes, comments, shares, saves"));
	}

	String projectSql() {
		return this.projectSql;
	}

	String orgSql() {
		return this.orgSql;
	}

	/** The video's value in the ranking: a missing count (a photo post's views) ranks as 0. */
	long valueOf(VideoView video) {
		Long value = this.count.apply(video);
		return (value != null) ? value : 0;
	}

}
