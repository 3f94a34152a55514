package io.vidtrack.api.creator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.vidtrack.api.aggregates.AggregateTotals;
import io.vidtrack.api.aggregates.EntityStats;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.Page;
import io.vidtrack.api.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * The org's active creators with their live totals. A deleted creator is inactive and reads as not found, like
 * one of another org.
 */
@Component
class CreatorReads {

	static final int MAX_SEARCH = 200;

	private static final String LIST = "select " + CreatorView.COLUMNS + """
			\sfrom creators c join projects p on p.id = c.project_id
			where p.org_id = ? and c.active and c.id > ?
				and (?::bigint is null or c.project_id = ?)
				and (?::text is null or c.tiktok_handle ilike ? escape '\\' or c.display_name ilike ? escape '\\')
			order by c.id limit ?""";

	private static final String BY_IDS = "select " + CreatorView.COLUMNS + """
			\sfrom creators c join projects p on p.id = c.project_id
			where p.org_id = ? and c.active and c.id = any(?) order by c.id""";

	private static final String PROJECT = "select count(*) from projects where org_id = ? and id = ?";

	private final JdbcOperations jdbc;

	private final AggregateTotals totals;

	CreatorReads(JdbcOperations jdbc, AggregateTotals totals) {
		this.jdbc = jdbc;
		this.totals = totals;
	}

	/** Search matches the handle or the display name, case-insensitively, as a plain substring. */
	Page<CreatorView> list(long orgId, @Nullable Long projectId, @Nullable String search, PageRequest request) {
		if (projectId != null && this.jdbc.queryForObject(PROJECT, Long.class, orgId, projectId) == 0) {
			throw ApiException.notFound("Project");
		}
		String pattern = pattern(search);
		List<CreatorView> rows = this.jdbc.query(LIST, (row, n) -> CreatorView.from(row), orgId, request.afterId(),
				projectId, projectId, pattern, pattern, pattern, request.fetchSize());
		return Page.of(withStats(rows), request, (creator) -> Long.toString(creator.id()));
	}

	CreatorView get(long orgId, long id) {
		List<CreatorView> found = byIds(orgId, List.of(id));
		if (found.isEmpty()) {
			throw ApiException.notFound("Creator");
		}
		return found.getFirst();
	}

	/** The active creators of these ids in the org, by id, with their stats. */
	Map<Long, CreatorView> byId(long orgId, Collection<Long> ids) {
		return byIds(orgId, ids).stream().collect(Collectors.toMap(CreatorView::id, Function.identity()));
	}

	private List<CreatorView> byIds(long orgId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withStats(this.jdbc.query(BY_IDS, (row, n) -> CreatorView.from(row), orgId,
				ids.toArray(Long[]::new)));
	}

	private List<CreatorView> withStats(List<CreatorView> rows) {
		Map<Long, EntityStats> stats = this.totals.of("creator", rows.stream().map(CreatorView::id).toList());
		return rows.stream().map((creator) -> creator.withStats(stats.get(creator.id()))).toList();
	}

	// a handle is stored without its @, so "@name" finds it; % and _ match themselves
	private static @Nullable String pattern(@Nullable String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		String text = search.strip();
		if (text.length() > MAX_SEARCH) {
			throw ApiException.invalidQuery("search must be at most " + MAX_SEARCH + " characters");
		}
		text = text.startsWith("@") ? text.substring(1) : text;
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
