package io.vidtrack.api.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.aggregates.AggregateTotals;
import io.vidtrack.api.aggregates.EntityStats;
import io.vidtrack.api.plan.PlanLimits;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.Page;
import io.vidtrack.api.web.PageRequest;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes of the caller's projects, each scoped by the org; stats come from the aggregates. */
@Component
class Projects {

	private static final String COLUMNS = "id, name, description, created_at, updated_at";

	private static final String LIST = "select " + COLUMNS
			+ " from projects where org_id = ? and id > ? order by id limit ?";

	private static final String FIND = "select p.id, p.name, p.description, p.created_at, p.updated_at, "
			+ AggregateTotals.JOINED_COLUMNS + " from projects p" + AggregateTotals.leftJoin("project", "p.id")
			+ " where p.org_id = ? and p.id = ?";

	private static final String INSERT = "insert into projects (org_id, name, description) values (?, ?, nullif(?, ''))"
			+ " returning " + COLUMNS;

	private static final String UPDATE = """
			update projects set name = coalesce(?, name),
				description = case when ?::text is null then description else nullif(?::text, '') end,
				updated_at = now()
			where org_id = ? and id = ?
			returning\s""" + COLUMNS;

	private final JdbcOperations jdbc;

	private final PlanLimits limits;

	private final AggregateTotals totals;

	Projects(JdbcOperations jdbc, PlanLimits limits, AggregateTotals totals) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.totals = totals;
	}

	Page<ProjectView> list(long orgId, PageRequest request) {
		List<ProjectView> rows = this.jdbc.query(LIST, (row, n) -> view(row), orgId, request.afterId(),
				request.fetchSize());
		Map<Long, EntityStats> stats = this.totals.of("project", rows.stream().map(ProjectView::id).toList());
		List<ProjectView> withStats = rows.stream().map((project) -> project.withStats(stats.get(project.id())))
			.toList();
		return Page.of(withStats, request, (project) -> Long.toString(project.id()));
	}

	ProjectView get(long orgId, long id) {
		return only(this.jdbc.query(FIND, (row, n) -> view(row).withStats(AggregateTotals.joined(row)), orgId, id));
	}

	/** Counts and inserts under the org row's lock, so concurrent creates cannot pass the plan's cap together. */
	@Transactional
	ProjectView create(long orgId, ProjectBody body) {
		this.limits.projects(orgId).take();
		return withStats(this.jdbc.query(INSERT, (row, n) -> view(row), orgId, body.name(), body.readme()));
	}

	@Transactional
	ProjectView update(long orgId, long id, ProjectBody body) {
		return withStats(this.jdbc.query(UPDATE, (row, n) -> view(row), body.name(), body.readme(), body.readme(),
				orgId, id));
	}

	private ProjectView withStats(List<ProjectView> found) {
		ProjectView project = only(found);
		return project.withStats(this.totals.of("project", project.id()));
	}

	// a read scoped by the org finds nothing for another org's project: the same 404 as a missing one
	private static ProjectView only(List<ProjectView> found) {
		if (found.isEmpty()) {
			throw ApiException.notFound("Project");
		}
		return found.getFirst();
	}

	private static ProjectView view(ResultSet row) throws SQLException {
		return new ProjectView(row.getLong("id"), row.getString("name"), row.getString("description"),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
				EntityStats.ZERO);
	}

}
