package io.vidtrack.api.plan;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/** A row of the {@code plans} table: the limits an org lives under. Plans are data, read with the org. */
public record Plan(String id, int maxCreatorsPerOrg, int maxProjectsPerOrg, int maxTrackedVideosPerOrg,
		int maxApiRequestsPerDay, int maxManualScrapeTriggersPerDay, @Nullable Integer statsHistoryRetentionDays,
		int minDiscoverVideosHours, int minVideoStatsHours) {

	/** The plan columns of a row that selected {@code plans.*} (aliased by their own names). */
	public static Plan from(ResultSet row) throws SQLException {
		return new Plan(row.getString("plan_id"), row.getInt("max_creators_per_org"),
				row.getInt("max_projects_per_org"), row.getInt("max_tracked_videos_per_org"),
				row.getInt("max_api_requests_per_day"), row.getInt("max_manual_scrape_triggers_per_day"),
				row.getObject("stats_history_retention_days", Integer.class), row.getInt("min_discover_videos_hours"),
				row.getInt("min_video_stats_hours"));
	}

	/** The plan columns for a query that joins {@code plans p} to {@code orgs o}. */
	public static final String COLUMNS = """
			o.plan_id, p.max_creators_per_org, p.max_projects_per_org, p.max_tracked_videos_per_org,
			p.max_api_requests_per_day, p.max_manual_scrape_triggers_per_day, p.stats_history_retention_days,
			p.min_discover_videos_hours, p.min_video_stats_hours""";

}
