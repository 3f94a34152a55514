package io.vidtrack.api.video;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.plan.Plan;
import io.vidtrack.api.plan.PlanLimits;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.UtcDay;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual refreshes, limited by the plan's {@code max_manual_scrape_triggers_per_day} per org and UTC day. The
 * count and the insert run under the org row's lock, so concurrent refreshes cannot pass the limit together. A
 * refresh is a {@code manual_scrape_triggers} row and the video's {@code capture_requested_at}, which the ingest
 * poller picks up within seconds.
 */
@Component
class ScrapeTriggers {

	private static final String VIDEO = """
			select v.tracking_disabled from videos v join projects p on p.id = v.project_id
			where p.org_id = ? and v.id = ? and v.tracking_status <> 'excluded'""";

	// the same UTC day as GET /api/v1/org's usage
	private static final String USED_TODAY = """
			select count(*) from manual_scrape_triggers
			where org_id = ? and requested_at >= (now() at time zone 'UTC')::date at time zone 'UTC'""";

	private static final String INSERT = """
			insert into manual_scrape_triggers (org_id, video_id) values (?, ?) returning requested_at""";

	private static final String REQUEST_CAPTURE = """
			update videos set capture_requested_at = now(), next_capture_at = '-infinity', updated_at = now()
			where id = ?""";

	private static final String LIMIT_KEY = "max_manual_scrape_triggers_per_day";

	private final JdbcOperations jdbc;

	private final PlanLimits limits;

	private final Clock clock;

	ScrapeTriggers(JdbcOperations jdbc, PlanLimits limits, Clock clock) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.clock = clock;
	}

	@Transactional
	ScrapeReceipt trigger(long orgId, long videoId) {
		List<Boolean> video = this.jdbc.queryForList(VIDEO, Boolean.class, orgId, videoId);
		if (video.isEmpty()) {
			throw ApiException.notFound("Video");
		}
		// capture skips disabled videos: a refresh of one would spend a trigger on nothing
		if (video.getFirst()) {
			throw ApiException.conflict("tracking_disabled",
					"Tracking is disabled for this video; enable it before asking for a refresh");
		}
		Plan plan = this.limits.lock(orgId);
		int max = plan.maxManualScrapeTriggersPerDay();
		Long used = this.jdbc.queryForObject(USED_TODAY, Long.class, orgId);
		long usedToday = (used != null) ? used : 0;
		if (usedToday >= max) {
			// a fixed order in the body: Map.of's iteration order changes from one JVM start to the next
			Map<String, Object> meta = new LinkedHashMap<>();
			meta.put("limitKey", LIMIT_KEY);
			meta.put("max", max);
			throw ApiException.rateLimited(
					"Daily limit of " + max + " manual refreshes used; it resets at 00:00 UTC",
					UtcDay.secondsUntilEnd(this.clock.instant()), meta);
		}
		Timestamp requestedAt = this.jdbc.queryForObject(INSERT, Timestamp.class, orgId, videoId);
		this.jdbc.update(REQUEST_CAPTURE, videoId);
		return new ScrapeReceipt(videoId, requestedAt.toInstant(), max - usedToday - 1, max);
	}

}
