package io.vidtrack.api.auth;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import io.vidtrack.api.web.UtcDay;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact 429 bodies of the per-key minute window and of the org's daily quota. */
class RateLimitBodyTests extends ApiTestBase {

	@Test
	void aFullMinuteWindowGets429WithTheExactBodyAndTheSecondsLeftAsRetryAfter() {
		// given a window that started 20 s ago and has admitted its 60 requests
		Org org = fixtures().org("ultra");
		this.jdbc.update("insert into api_request_windows values (?, now() - interval '20 seconds', 60)",
				org.writeKeyId());

		// when
		Response refused = api(org.writeKey()).get("/api/v1/org");

		// then
		assertThat(refused.status()).isEqualTo(429);
		long seconds = Long.parseLong(refused.header("Retry-After"));
		assertThat(seconds).isBetween(35L, 40L);
		assertThat(refused.body()).isEqualTo("""
				{"data":null,"error":"Too many requests for this API key; retry in %d s",\
				"meta":{"code":"rate_limit_exceeded","window":"minute","retryAfter":%d}}""".formatted(seconds, seconds));
	}

	@Test
	void aSpentDailyQuotaGets429WithTheExactBodyAndTheSecondsToUtcMidnight() {
		// given a starter org (1000 requests a day) that has made its 1000 requests today
		Org org = fixtures().org("starter");
		this.jdbc.update("insert into api_usage_daily values (?, ?, 1000)", org.id(),
				Date.valueOf(LocalDate.now(ZoneOffset.UTC)));

		// when
		long atMost = UtcDay.secondsUntilEnd(Instant.now());
		Response refused = api(org.readKey()).get("/api/v1/org");
		long atLeast = UtcDay.secondsUntilEnd(Instant.now());

		// then
		assertThat(refused.status()).isEqualTo(429);
		long seconds = Long.parseLong(refused.header("Retry-After"));
		assertThat(seconds).isBetween(atLeast, atMost);
		assertThat(refused.body()).isEqualTo("""
				{"data":null,"error":"Daily API quota of 1000 requests used; it resets at 00:00 UTC",\
				"meta":{"code":"rate_limit_exceeded","window":"day","limitKey":"max_api_requests_per_day",\
				"max":1000,"retryAfter":%d}}""".formatted(seconds));
		assertThat(this.jdbc.queryForObject("select requests from api_usage_daily where org_id = ?", Integer.class,
				org.id())).isEqualTo(1000);
	}

}
