package io.vidtrack.api.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.UtcDay;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * The plan's {@code max_api_requests_per_day}, per org and UTC day. One upsert counts a request only while the
 * count is below the plan's maximum; Postgres's row lock on the conflicting row makes it exact under concurrency
 * and across API instances, and the row is also the day's usage that {@code GET /api/v1/org} reports.
 */
@Component
class DailyQuota {

	private static final String TAKE = """
			insert into api_usage_daily (org_id, day, requests) select ?, ?, 1 where ? > 0
			on conflict (org_id, day) do update set requests = api_usage_daily.requests + 1
			where api_usage_daily.requests < ?
			returning requests""";

	private final JdbcOperations jdbc;

	private final Clock clock;

	DailyQuota(JdbcOperations jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Counts one request of the org today, or refuses with 429 and the seconds until UTC midnight. */
	void take(long orgId, int maxPerDay) {
		Instant now = this.clock.instant();
		LocalDate today = UtcDay.of(now);
		List<Integer> counted = this.jdbc.queryForList(TAKE, Integer.class, orgId, today, maxPerDay, maxPerDay);
		if (counted.isEmpty()) {
			throw ApiException.rateLimited("Daily API quota of " + maxPerDay + " requests used; it resets at 00:00 UTC",
					UtcDay.secondsUntilEnd(now), Map.of("window", "day", "limitKey", "max_api_requests_per_day", "max", maxPerDay));
		}
	}

}
