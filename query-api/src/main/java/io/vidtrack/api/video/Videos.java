package io.vidtrack.api.video;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.Page;
import io.vidtrack.api.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Reads of the caller's videos. Every query is scoped by the org and leaves excluded videos out: in the v1 API
 * they do not exist (only the Tracking Inbox shows them), so asking for one is a 404 like another org's.
 */
@Component
class Videos {

	private static final String VISIBLE = " from videos v join projects p on p.id = v.project_id"
			+ " where p.org_id = ? and v.tracking_status <> 'excluded'";

	private static final String PAGE = " and v.id > ? order by v.id limit ?";

	// one statement per filter, so that each is planned on its own index
	private static final String LIST = "select " + VideoView.COLUMNS + VISIBLE + PAGE;

	// "= any" with the project's order, not "=": the planner folds an equality out of the ordering and then walks
	// the primary key from the cursor, filtering out every other project's videos (~8,500 rows a page at 1M
	// videos in 10 projects, 3-9 ms); this way it ranges over (project_id, id) for any cursor, generic plan or not
	private static final String LIST_OF_PROJECT = "select " + VideoView.COLUMNS + VISIBLE
			+ " and v.project_id = any(?) and v.id > ? order by v.project_id, v.id limit ?";

	private static final String LIST_OF_CREATOR = "select " + VideoView.COLUMNS + VISIBLE + " and v.creator_id = ?"
			+ PAGE;

	private static final String LIST_OF_BOTH = "select " + VideoView.COLUMNS + VISIBLE
			+ " and v.project_id = ? and v.creator_id = ?" + PAGE;

	private static final String FIND = "select " + VideoView.COLUMNS + VISIBLE + " and v.id = ?";

	private static final String FIND_ALL = "select " + VideoView.COLUMNS + VISIBLE + " and v.id = any(?)";

	private static final String PROJECT_EXISTS = "select exists (select 1 from projects where org_id = ? and id = ?)";

	private static final String CREATOR_EXISTS = """
			select exists (select 1 from creators c join projects p on p.id = c.project_id
				where p.org_id = ? and c.id = ?)""";

	private final JdbcOperations jdbc;

	Videos(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the org's videos, of one project and / or creator when given (each must be the org's). */
	Page<VideoView> list(long orgId, @Nullable Long projectId, @Nullable Long creatorId, PageRequest request) {
		long after = request.afterId();
		int size = request.fetchSize();
		List<VideoView> rows;
		if (projectId != null && creatorId != null) {
			rows = query(LIST_OF_BOTH, orgId, projectId, creatorId, after, size);
		}
		else if (projectId != null) {
			rows = query(LIST_OF_PROJECT, orgId, new Long[] { projectId }, after, size);
		}
		else if (creatorId != null) {
			rows = query(LIST_OF_CREATOR, orgId, creatorId, after, size);
		}
		else {
			rows = query(LIST, orgId, after, size);
		}
		// the list is scoped by the org, so rows prove the filters are the org's: only an empty page asks
		// whether it is empty because a filter names something of another org (a 404, not an empty page)
		if (rows.isEmpty()) {
			requireFilters(orgId, projectId, creatorId);
		}
		return Page.of(rows, request, (video) -> Long.toString(video.id()));
	}

	private void requireFilters(long orgId, @Nullable Long projectId, @Nullable Long creatorId) {
		if (projectId != null) {
			requireProject(orgId, projectId);
		}
		if (creatorId != null && !exists(CREATOR_EXISTS, orgId, creatorId)) {
			throw ApiException.notFound("Creator");
		}
	}

	VideoView get(long orgId, long id) {
		List<VideoView> found = query(FIND, orgId, id);
		if (found.isEmpty()) {
			throw ApiException.notFound("Video");
		}
		return found.getFirst();
	}

	Map<Long, VideoView> byIds(long orgId, List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return query(FIND_ALL, orgId, ids.toArray(Long[]::new)).stream()
			.collect(Collectors.toMap(VideoView::id, Function.identity()));
	}

	void requireProject(long orgId, long projectId) {
		if (!exists(PROJECT_EXISTS, orgId, projectId)) {
			throw ApiException.notFound("Project");
		}
	}

	private boolean exists(String sql, long orgId, long id) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(sql, Boolean.class, orgId, id));
	}

	private List<VideoView> query(String sql, Object... args) {
		return this.jdbc.query(sql, (row, n) -> VideoView.from(row), args);
	}

}
