package io.vidtrack.api.auth;

import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Concurrently;
import io.vidtrack.api.testsupport.Fixtures;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthTests extends ApiTestBase {

	private static final String INVALID_KEY_BODY = """
			{"data":null,"error":"Invalid or missing API key","meta":{"code":"invalid_api_key"}}""";

	@Test
	void aRequestWithoutAKeyGets401WithTheExactBody() {
		// when
		Response response = api(null).get("/api/v1/org");

		// then
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).isEqualTo(INVALID_KEY_BODY);
	}

	@Test
	void aMalformedOrUnknownKeyGets401() {
		String unknown = "tga_" + "ab".repeat(32);

		assertThat(api(unknown).get("/api/v1/org").body()).isEqualTo(INVALID_KEY_BODY);
		assertThat(api("tga_short").get("/api/v1/org").status()).isEqualTo(401);
		assertThat(api(null).with("Authorization", "Basic abc").get("/api/v1/org").status()).isEqualTo(401);
	}

	@Test
	void aRevokedKeyFailsOnTheNextRequest() {
		// given
		Org org = fixtures().org("ultra");
		assertThat(api(org.writeKey()).get("/api/v1/org").status()).isEqualTo(200);

		// when
		fixtures().revoke(org.writeKeyId());

		// then
		assertThat(api(org.writeKey()).get("/api/v1/org").body()).isEqualTo(INVALID_KEY_BODY);
	}

	@Test
	void aReadOnlyKeyCanReadButAWriteGets403() {
		// given
		Org org = fixtures().org("ultra");

		// when
		Response read = api(org.readKey()).get("/api/v1/org");
		Response write = api(org.readKey()).patch("/api/v1/org", Map.of("timezone", "Europe/Berlin"));

		// then
		assertThat(read.status()).isEqualTo(200);
		assertThat(write.status()).isEqualTo(403);
		assertThat(write.body()).isEqualTo("""
				{"data":null,"error":"This API key lacks the write scope","meta":{"code":"insufficient_scope"}}""");
		assertThat(this.jdbc.queryForObject("select timezone from orgs where id = ?", String.class, org.id()))
			.isEqualTo("UTC");
	}

	@Test
	void aWriteOnlyKeyCannotRead() {
		// given
		Org org = fixtures().org("ultra");
		String writeOnly = fixtures().key(org.id(), "write").key();

		// when
		Response read = api(writeOnly).get("/api/v1/org");

		// then
		assertThat(read.status()).isEqualTo(403);
		assertThat(read.body()).isEqualTo("""
				{"data":null,"error":"This API key lacks the read scope","meta":{"code":"insufficient_scope"}}""");
	}

	@Test
	void theKeysWindowLetsExactly60Of70ConcurrentRequestsThrough() throws Exception {
		// given
		Org org = fixtures().org("ultra");

		// when
		List<Response> responses = Concurrently.run(70, (i) -> api(org.writeKey()).get("/api/v1/org"));

		// then
		List<Response> refused = responses.stream().filter((r) -> r.status() == 429).toList();
		assertThat(responses.stream().filter((r) -> r.status() == 200)).hasSize(60);
		assertThat(refused).hasSize(10).allSatisfy((response) -> {
			assertThat(response.code()).isEqualTo("rate_limit_exceeded");
			assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 60L);
			assertThat(response.meta().path("retryAfter").asLong()).isBetween(1L, 60L);
		});
	}

	@Test
	void aFullWindowSaysWhenItEndsAndLetsTheKeyInAgainOnceItHas() {
		// given a window that started 20 s ago and has admitted its 60 requests
		Org org = fixtures().org("ultra");
		this.jdbc.update("insert into api_request_windows values (?, now() - interval '20 seconds', 60)",
				org.writeKeyId());

		// when
		Response refused = api(org.writeKey()).get("/api/v1/org");
		this.jdbc.update("update api_request_windows set started_at = now() - interval '61 seconds' where key_id = ?",
				org.writeKeyId());
		Response admitted = api(org.writeKey()).get("/api/v1/org");

		// then
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(35L, 40L);
		assertThat(refused.meta().path("window").asString()).isEqualTo("minute");
		assertThat(admitted.status()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select requests from api_request_windows where key_id = ?", Integer.class,
				org.writeKeyId())).isEqualTo(1);
	}

	@Test
	void aRequestRefusedByTheScopeCountsNowhereAndOneRefusedByTheWindowNotAgainstTheQuota() {
		// given
		Org org = fixtures().org("ultra");
		Fixtures.Key writeOnly = fixtures().key(org.id(), "write");
		this.jdbc.update("insert into api_request_windows values (?, now(), 60)", org.writeKeyId());

		// when
		Response outOfScope = api(writeOnly.key()).get("/api/v1/org");
		Response outOfWindow = api(org.writeKey()).get("/api/v1/org");

		// then
		assertThat(outOfScope.status()).isEqualTo(403);
		assertThat(outOfWindow.status()).isEqualTo(429);
		assertThat(this.jdbc.queryForObject("select count(*) from api_request_windows where key_id = ?", Long.class,
				writeOnly.id())).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from api_usage_daily where org_id = ?", Long.class,
				org.id())).isZero();
	}

	@Test
	void theDailyQuotaIsExactUnder50ConcurrentRequestsAndSaysWhenItResets() throws Exception {
		// given a plan of 20 requests a day, and two keys of one org sharing it
		this.jdbc.update("""
				insert into plans select 'quota_test', max_creators_per_org, max_projects_per_org,
					max_tracked_videos_per_org, 20, max_manual_scrape_triggers_per_day, stats_history_retention_days,
					min_discover_videos_hours, min_video_stats_hours from plans where id = 'starter'
				on conflict do nothing""");
		Org org = fixtures().org("quota_test");

		// when
		List<Response> responses = Concurrently.run(50,
				(i) -> api((i % 2 == 0) ? org.writeKey() : org.readKey()).get("/api/v1/org"));

		// then
		assertThat(responses.stream().filter((r) -> r.status() == 200)).hasSize(20);
		List<Response> refused = responses.stream().filter((r) -> r.status() == 429).toList();
		assertThat(refused).hasSize(30).allSatisfy((response) -> {
			assertThat(response.code()).isEqualTo("rate_limit_exceeded");
			assertThat(response.meta().path("retryAfter").asLong()).isBetween(1L, 86_400L);
			assertThat(response.meta().path("limitKey").asString()).isEqualTo("max_api_requests_per_day");
		});
		assertThat(this.jdbc.queryForObject("select requests from api_usage_daily where org_id = ?", Integer.class,
				org.id())).isEqualTo(20);
	}

	@Test
	void aFreePlanHasNoApiRequests() {
		Org org = fixtures().org("free");

		Response response = api(org.writeKey()).get("/api/v1/org");

		assertThat(response.status()).isEqualTo(429);
		assertThat(response.code()).isEqualTo("rate_limit_exceeded");
	}

	@Test
	void anUnknownRouteIsA404InTheEnvelope() {
		Org org = fixtures().org("ultra");

		Response response = api(org.writeKey()).get("/api/v1/no-such-thing");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("data").isNull()).isTrue();
		assertThat(response.code()).isEqualTo("not_found");
	}

}
