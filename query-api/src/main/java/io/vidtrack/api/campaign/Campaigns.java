package io.vidtrack.api.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vidtrack.api.aggregates.AggregateTotals;
import io.vidtrack.api.aggregates.EntityStats;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.Page;
import io.vidtrack.api.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/** Reads campaigns of the caller's org, with their live stats and, for the detail, their visible items. */
@Component
class Campaigns {

	private static final String COLUMNS = """
			select c.id, c.project_id, c.name, c.notes, c.target_views, c.target_at, c.created_at, c.updated_at
			from campaigns c join projects p on p.id = c.project_id""";

	private static final String FIND = COLUMNS + " where c.id = ? and p.org_id = ?";

	private static final String LIST_ORG = COLUMNS + " where p.org_id = ? and c.id > ? order by c.id limit ?";

	private static final String LIST_PROJECT = COLUMNS
			+ " where c.project_id = ? and p.org_id = ? and c.id > ? order by c.id limit ?";

	private static final String PROJECT = "select count(*) from projects where id = ? and org_id = ?";

	// an item whose target is gone, excluded or deleted is hidden: excluded videos never show in the v1 API
	private static final String ITEMS = """
			select i.item_type, i.item_id, i.added_at from campaign_items i
			where i.campaign_id = ? and case i.item_type
				when 'creator' then exists (select 1 from creators c where c.id = i.item_id and c.active)
				when 'video' then exists (select 1 from videos v where v.id = i.item_id
					and v.tracking_status <> 'excluded')
				else exists (select 1 from campaigns s where s.id = i.item_id) end
			order by i.added_at, case i.item_type when 'creator' then 0 when 'video' then 1 else 2 end, i.item_id""";

	private final JdbcOperations jdbc;

	private final AggregateTotals totals;

	Campaigns(JdbcOperations jdbc, AggregateTotals totals) {
		this.jdbc = jdbc;
		this.totals = totals;
	}

	Optional<Row> find(long orgId, long id) {
		return this.jdbc.query(FIND, (row, n) -> Row.from(row), id, orgId).stream().findFirst();
	}

	/** The campaign with its stats and items, or 404. */
	CampaignView detail(long orgId, long id) {
		Row row = find(orgId, id).orElseThrow(() -> ApiException.notFound("Campaign"));
		List<CampaignItemView> items = this.jdbc.query(ITEMS,
				(item, n) -> new CampaignItemView(item.getString(1), item.getLong(2), instant(item, 3)), id);
		return row.view(this.totals.of("campaign", id), items);
	}

	Page<CampaignView> list(long orgId, @Nullable Long projectId, PageRequest request) {
		List<Row> rows;
		if (projectId == null) {
			rows = this.jdbc.query(LIST_ORG, (row, n) -> Row.from(row), orgId, request.afterId(),
					request.fetchSize());
		}
		else {
			requireProject(orgId, projectId);
			rows = this.jdbc.query(LIST_PROJECT, (row, n) -> Row.from(row), projectId, orgId, request.afterId(),
					request.fetchSize());
		}
		Map<Long, EntityStats> stats = this.totals.of("campaign", rows.stream().map(Row::id).toList());
		List<CampaignView> views = rows.stream().map((row) -> row.view(stats.get(row.id()), null)).toList();
		return Page.of(views, request, (view) -> Long.toString(view.id()));
	}

	void requireProject(long orgId, long projectId) {
		Long found = this.jdbc.queryForObject(PROJECT, Long.class, projectId, orgId);
		if (found == null || found == 0) {
			throw ApiException.notFound("Project");
		}
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	/** A campaign row. */
	record Row(long id, long projectId, String name, @Nullable String notes, @Nullable Long targetViews,
			@Nullable Instant targetAt, Instant createdAt, Instant updatedAt) {

		static Row from(ResultSet row) throws SQLException {
			OffsetDateTime targetAt = row.getObject("target_at", OffsetDateTime.class);
			return new Row(row.getLong("id"), row.getLong("project_id"), row.getString("name"),
					row.getString("notes"), row.getObject("target_views", Long.class),
					(targetAt != null) ? targetAt.toInstant() : null, instant(row, 7), instant(row, 8));
		}

		CampaignView view(EntityStats stats, @Nullable List<CampaignItemView> items) {
			return new CampaignView(this.id, this.projectId, this.name, this.notes, this.targetViews, this.targetAt,
					this.createdAt, this.updatedAt, stats, items);
		}

	}

}
