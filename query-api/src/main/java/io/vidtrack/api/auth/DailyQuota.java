package io.vidtrack.api.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.UtcDay;

import org.springframework.stereotype.Component;

/**
 * The plan's {@code max_api_requests_per_day}, per org and UTC day, counted by {@link #TAKE} in
 * {@link Admission}'s statement. The counted row is also the day's usage that {@code GET /api/v1/org} reports.
 */
@Component
class DailyQuota {

	/**
	 * Counts one request of the org in {@code caller} today (the day bound first) while the count is below the
	 * plan's maximum, and only if {@code windowed} admitted it; returns no row when the quota is used up.
	 */
	static final String TAKE = """
			insert into api_usage_daily as u (org_id, day, requests)
			    select org_id, ?, 1 from caller where max_api_requests_per_day > 0 and exists (select from windowed)
			    on conflict (org_id, day) do update set requests = u.requests + 1
			     where u.requests < (select max_api_requests_per_day from caller)
			    returning requests""";

	private final Clock clock;

	DailyQuota(Clock clock) {
		this.clock = clock;
	}

	LocalDate today() {
		return UtcDay.of(this.clock.instant());
	}

	/** The 429 for an org whose quota is used up, with the seconds until UTC midnight. */
	ApiException refusal(int maxPerDay) {
		Instant now = this.clock.instant();
		// a fixed order: Map.of's iteration order changes from one JVM start to the next
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("window", "day");
		meta.put("limitKey", "max_api_requests_per_day");
		meta.put("max", maxPerDay);
		return ApiException.rateLimited("Daily API quota of " + maxPerDay + " requests used; it resets at 00:00 UTC",
				UtcDay.secondsUntilEnd(now), meta);
	}

}
