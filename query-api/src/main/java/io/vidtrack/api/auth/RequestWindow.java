package io.vidtrack.api.auth;

import java.util.List;
import java.util.Map;

import io.vidtrack.api.web.ApiException;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * The per-key window: {@code vidtrack.api.limits.requests-per-minute} requests a minute. A window starts at the
 * first request after the last one ended (Postgres's clock, the one every API instance shares) and is counted by
 * {@link #TAKE}, which {@link Admission} runs in its statement.
 */
@Component
class RequestWindow {

	/**
	 * Counts one request of the key in {@code caller} (when it has the scope bound first) while its window has
	 * room (the limit bound second); returns no row when it has none.
	 */
	static final String TAKE = """
			insert into api_request_windows as w (key_id, started_at, requests)
			    select key_id, now(), 1 from caller where ? = any (scopes)
			    on conflict (key_id) do update
			       set started_at = case when w.started_at > now() - interval '1 minute' then w.started_at else now() end,
			           requests = case when w.started_at > now() - interval '1 minute' then w.requests + 1 else 1 end
			     where w.started_at <= now() - interval '1 minute' or w.requests < ?
			    returning key_id""";

	private static final String SECONDS_LEFT = """
			select ceil(extract(epoch from started_at + interval '1 minute' - now()))::bigint
			  from api_request_windows where key_id = ?""";

	private final JdbcOperations jdbc;

	private final int requestsPerMinute;

	RequestWindow(JdbcOperations jdbc, ApiProperties properties) {
		this.jdbc = jdbc;
		this.requestsPerMinute = properties.limits().requestsPerMinute();
	}

	int requestsPerMinute() {
		return this.requestsPerMinute;
	}

	/** The 429 for a key whose window is full, with the seconds until it ends as {@code Retry-After}. */
	ApiException refusal(long keyId) {
		List<Long> left = this.jdbc.queryForList(SECONDS_LEFT, Long.class, keyId);
		long seconds = Math.clamp(left.isEmpty() ? 60 : left.getFirst(), 1, 60);
		return ApiException.rateLimited("Too many requests for this API key; retry in " + seconds + " s", seconds,
				Map.of("window", "minute"));
	}

}
