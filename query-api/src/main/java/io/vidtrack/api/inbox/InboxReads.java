package io.vidtrack.api.inbox;

import java.util.List;

import io.vidtrack.api.video.VideoView;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.Page;
import io.vidtrack.api.web.PageRequest;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/** The inbox lists of a project: the pending videos, or the excluded ones (their only listing anywhere). */
@Component
class InboxReads {

	private static final String PROJECT = "select count(*) from projects where org_id = ? and id = ?";

	private static final String LIST = "select " + VideoView.COLUMNS + """
			\sfrom videos v where v.project_id = ? and v.tracking_status = ? and v.id > ?
			order by v.id limit ?""";

	private final JdbcOperations jdbc;

	InboxReads(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	Page<VideoView> list(long orgId, long projectId, String status, PageRequest request) {
		if (this.jdbc.queryForObject(PROJECT, Long.class, orgId, projectId) == 0) {
			throw ApiException.notFound("Project");
		}
		List<VideoView> rows = this.jdbc.query(LIST, (row, n) -> VideoView.from(row), projectId, status,
				request.afterId(), request.fetchSize());
		return Page.of(rows, request, (video) -> Long.toString(video.id()));
	}

}
