package io.vidtrack.api.video;

import org.springframework.jdbc.core.JdbcTemplate;

/** Plans made for tests of one limit: starter's limits with the tested one changed. */
final class TestPlans {

	private TestPlans() {
	}

	/** Inserts the plan unless an earlier test of the shared database did. */
	static void plan(JdbcTemplate jdbc, String id, int maxTrackedVideos, int maxTriggersPerDay) {
		jdbc.update("""
				insert into plans select ?, max_creators_per_org, max_projects_per_org, ?, max_api_requests_per_day,
					?, stats_history_retention_days, min_discover_videos_hours, min_video_stats_hours
				from plans where id = 'starter'
				on conflict do nothing""", id, maxTrackedVideos, maxTriggersPerDay);
	}

}
