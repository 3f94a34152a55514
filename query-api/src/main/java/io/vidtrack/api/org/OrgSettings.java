package io.vidtrack.api.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vidtrack.api.plan.Plan;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The org row and what its plan allows, with today's usage counted where it is kept. */
@Component
class OrgSettings {

	private static final String VIEW = "select o.id, o.name, o.timezone, o.discover_every_hours, o.stats_every_hours, "
			+ Plan.COLUMNS + """
			, (select count(*) from projects where org_id = o.id) as projects,
				(select count(*) from creators c join projects pr on pr.id = c.project_id
					where pr.org_id = o.id and c.active) as creators,
				(select count(*) from videos v join projects pr on pr.id = v.project_id
					where pr.org_id = o.id and v.tracking_status <> 'excluded') as tracked_videos,
				coalesce((select requests from api_usage_daily
					where org_id = o.id and day = (now() at time zone 'UTC')::date), 0) as api_requests_today,
				(select count(*) from manual_scrape_triggers where org_id = o.id
					and requested_at >= (now() at time zone 'UTC')::date at time zone 'UTC') as triggers_today
			from orgs o join plans p on p.id = o.plan_id where o.id = ?""";

	// frequencies are stored clamped: ingest reads them as they are
	private static final String UPDATE = """
			update orgs o set name = coalesce(?, o.name), timezone = coalesce(?, o.timezone),
				discover_every_hours = greatest(coalesce(?, o.discover_every_hours), p.min_discover_videos_hours),
				stats_every_hours = greatest(coalesce(?, o.stats_every_hours), p.min_video_stats_hours),
				updated_at = now()
			from plans p where p.id = o.plan_id and o.id = ?""";

	private static final String HOURS = """
			select greatest(o.discover_every_hours, p.min_discover_videos_hours) as discover,
				greatest(o.stats_every_hours, p.min_video_stats_hours) as stats
			from orgs o join plans p on p.id = o.plan_id where o.id = ? for update of o""";

	// ingest keeps each creator's next discovery and each video's next capture (last slot + interval); a new
	// frequency moves them all by the difference, so the next one comes one new interval after the last. Rows
	// due at the next slot ('-infinity') stay so.
	private static final String SHIFT_DISCOVERIES = """
			update creators c set next_discovery_at = c.next_discovery_at + make_interval(hours => ?)
			from projects pr where pr.id = c.project_id and pr.org_id = ?""";

	private static final String SHIFT_CAPTURES = """
			update videos v set next_capture_at = v.next_capture_at + make_interval(hours => ?)
			from projects pr where pr.id = v.project_id and pr.org_id = ?""";

	private final JdbcOperations jdbc;

	OrgSettings(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	OrgView view(long orgId) {
		return this.jdbc.queryForObject(VIEW, (row, n) -> {
			Plan plan = Plan.from(row);
			return new OrgView(row.getLong("id"), row.getString("name"), plan.id(), row.getString("timezone"),
					Math.max(row.getInt("discover_every_hours"), plan.minDiscoverVideosHours()),
					Math.max(row.getInt("stats_every_hours"), plan.minVideoStatsHours()), limits(plan),
					usage(row));
		}, orgId);
	}

	// a fixed order in the body: Map.of's iteration order changes from one JVM start to the next
	private static Map<String, Long> usage(ResultSet row) throws SQLException {
		Map<String, Long> usage = new LinkedHashMap<>();
		usage.put("projects", row.getLong("projects"));
		usage.put("creators", row.getLong("creators"));
		usage.put("tracked_videos", row.getLong("tracked_videos"));
		usage.put("api_requests_today", row.getLong("api_requests_today"));
		usage.put("manual_scrape_triggers_today", row.getLong("triggers_today"));
		return usage;
	}

	@Transactional
	void update(long orgId, OrgPatch patch) {
		Hours before = hours(orgId);
		this.jdbc.update(UPDATE, patch.name(), patch.timezone(), patch.discoverEveryHours(), patch.statsEveryHours(),
				orgId);
		Hours after = hours(orgId);
		if (after.discover() != before.discover()) {
			this.jdbc.update(SHIFT_DISCOVERIES, after.discover() - before.discover(), orgId);
		}
		if (after.stats() != before.stats()) {
			this.jdbc.update(SHIFT_CAPTURES, after.stats() - before.stats(), orgId);
		}
	}

	private Hours hours(long orgId) {
		return this.jdbc.queryForObject(HOURS, (row, n) -> new Hours(row.getInt("discover"), row.getInt("stats")),
				orgId);
	}

	private record Hours(int discover, int stats) {
	}

	private static Map<String, Object> limits(Plan plan) {
		Map<String, Object> limits = new LinkedHashMap<>();
		limits.put("max_creators_per_org", plan.maxCreatorsPerOrg());
		limits.put("max_projects_per_org", plan.maxProjectsPerOrg());
		limits.put("max_tracked_videos_per_org", plan.maxTrackedVideosPerOrg());
		limits.put("max_api_requests_per_day", plan.maxApiRequestsPerDay());
		limits.put("max_manual_scrape_triggers_per_day", plan.maxManualScrapeTriggersPerDay());
		limits.put("stats_history_retention_days", plan.statsHistoryRetentionDays());
		limits.put("min_discover_videos_hours", plan.minDiscoverVideosHours());
		limits.put("min_video_stats_hours", plan.minVideoStatsHours());
		return limits;
	}

}
