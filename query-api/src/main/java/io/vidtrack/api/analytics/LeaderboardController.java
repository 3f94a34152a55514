package io.vidtrack.api.analytics;

import java.util.List;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.video.VideoView;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.Envelope;
import io.vidtrack.api.web.Page;
import io.vidtrack.api.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/analytics/leaderboard}: the counted videos of the org, or of one project, by a current count
 * descending, then id. The cursor is the last row's (value, id); counts move between captures, so a video whose
 * count changes while a client pages may show on two pages or on none, as on any live ranking.
 */
@RestController
class LeaderboardController {

	private static final String PROJECT = "select count(*) from projects where id = ? and org_id = ?";

	private final JdbcOperations jdbc;

	LeaderboardController(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/analytics/leaderboard")
	Envelope leaderboard(Caller caller,
			@RequestParam(name = "project_id", required = false) @Nullable Long projectId,
			@RequestParam(defaultValue = "views") String metric,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		LeaderboardMetric ranking = LeaderboardMetric.parse(metric);
		PageRequest request = PageRequest.of(limit, cursor);
		Position after = Position.of(request.after());
		List<VideoView> rows;
		if (projectId == null) {
			rows = this.jdbc.query(ranking.orgSql(), (row, n) -> VideoView.from(row), -after.value(), after.id(),
					request.fetchSize(), caller.orgId(), request.fetchSize());
		}
		else {
			Long found = this.jdbc.queryForObject(PROJECT, Long.class, projectId, caller.orgId());
			if (found == null || found == 0) {
				throw ApiException.notFound("Project");
			}
			rows = this.jdbc.query(ranking.projectSql(), (row, n) -> VideoView.from(row), projectId, caller.orgId(),
					-after.value(), after.id(), request.fetchSize());
		}
		return Envelope.page(Page.of(rows, request, (video) -> ranking.valueOf(video) + ":" + video.id()));
	}

	/** Where a page starts: after the row of this value and id; the first page starts above every value. */
	record Position(long value, long id) {

		static Position of(@Nullable String cursor) {
			if (cursor == null) {
				return new Position(Long.MAX_VALUE, 0);
			}
			int colon = cursor.indexOf(':');
			try {
				return new Position(Long.parseLong(cursor.substring(0, colon)),
						Long.parseLong(cursor.substring(colon + 1)));
			}
			catch (NumberFormatException | IndexOutOfBoundsException ex) {
				throw ApiException.invalidQuery("cursor is not valid for this list");
			}
		}

	}

}
