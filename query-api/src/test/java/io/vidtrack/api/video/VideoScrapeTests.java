package io.vidtrack.api.video;

import java.time.Instant;
import java.util.List;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.Concurrently;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VideoScrapeTests extends ApiTestBase {

	@Test
	void aRefreshIsQueuedAndSaysHowManyRemainToday() {
		// given a starter org (10 a day) that used one refresh today and one yesterday
		Org org = fixtures().org("starter");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");
		this.jdbc.update("insert into manual_scrape_triggers (org_id, video_id, requested_at) values (?, ?, now())",
				org.id(), video);
		this.jdbc.update("""
				insert into manual_scrape_triggers (org_id, video_id, requested_at)
				values (?, ?, (now() at time zone 'UTC')::date at time zone 'UTC' - interval '1 second')""", org.id(),
				video);
		this.jdbc.update("update videos set capture_requested_at = null where id = ?", video);

		// when
		Response response = api(org.writeKey()).post("/api/v1/videos/" + video + "/scrape", null);

		// then
		assertThat(response.status()).isEqualTo(202);
		assertThat(response.data().propertyNames()).containsExactly("video_id", "requested_at", "remaining_today",
				"limit");
		assertThat(response.data().path("video_id").asLong()).isEqualTo(video);
		assertThat(Instant.parse(response.data().path("requested_at").asString()))
			.isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
		assertThat(response.data().path("remaining_today").asLong()).isEqualTo(8);
		assertThat(response.data().path("limit").asLong()).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select count(*) from manual_scrape_triggers where video_id = ?",
				Long.class, video)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select capture_requested_at is not null from videos where id = ?",
				Boolean.class, video)).isTrue();
	}

	@Test
	void whenTodaysRefreshesAreSpentTheAnswerIs429UntilUtcMidnight() {
		// given a plan of one refresh a day, like free, but with API access
		TestPlans.plan(this.jdbc, "one_refresh", 10_000, 1);
		Org org = fixtures().org("one_refresh");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");
		assertThat(api(org.writeKey()).post("/api/v1/videos/" + video + "/scrape", null).status()).isEqualTo(202);

		// when
		Response response = api(org.writeKey()).post("/api/v1/videos/" + video + "/scrape", null);

		// then
		assertThat(response.status()).isEqualTo(429);
		assertThat(response.json().path("data").isNull()).isTrue();
		assertThat(response.json().path("error").asString())
			.isEqualTo("Daily limit of 1 manual refreshes used; it resets at 00:00 UTC");
		assertThat(response.code()).isEqualTo("rate_limit_exceeded");
		assertThat(response.meta().path("limitKey").asString()).isEqualTo("max_manual_scrape_triggers_per_day");
		assertThat(response.meta().path("max").asInt()).isEqualTo(1);
		long retryAfter = response.meta().path("retryAfter").asLong();
		long untilMidnight = Instant.now().atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1)
			.atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond() - Instant.now().getEpochSecond();
		assertThat(retryAfter).isBetween(Math.max(1, untilMidnight - 60), untilMidnight + 1);
		assertThat(response.header("Retry-After")).isEqualTo(Long.toString(retryAfter));
		assertThat(this.jdbc.queryForObject("select count(*) from manual_scrape_triggers where org_id = ?", Long.class,
				org.id())).isEqualTo(1);
	}

	@Test
	void theDailyLimitIsExactUnder10ConcurrentRefreshes() throws Exception {
		// given a plan of 3 refreshes a day
		TestPlans.plan(this.jdbc, "three_refreshes", 10_000, 3);
		Org org = fixtures().org("three_refreshes");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");

		// when
		List<Response> responses = Concurrently.run(10,
				(n) -> api(org.writeKey()).post("/api/v1/videos/" + video + "/scrape", null));

		// then
		assertThat(responses.stream().filter((r) -> r.status() == 202)).hasSize(3);
		assertThat(responses.stream().filter((r) -> r.status() == 202).map((r) -> r.data().path("remaining_today")
			.asLong())).containsExactlyInAnyOrder(2L, 1L, 0L);
		assertThat(responses.stream().filter((r) -> r.status() == 429)).hasSize(7);
		assertThat(this.jdbc.queryForObject("select count(*) from manual_scrape_triggers where org_id = ?", Long.class,
				org.id())).isEqualTo(3);
	}

	@Test
	void anotherOrgsOrAnExcludedVideoCannotBeRefreshed() {
		// given
		Org org = fixtures().org("ultra");
		long excluded = fixtures().video(fixtures().project(org.id()), null, "excluded");
		long theirs = fixtures().video(fixtures().project(fixtures().org("ultra").id()), null, "direct_add");

		for (long video : List.of(excluded, theirs)) {
			// when
			Response response = api(org.writeKey()).post("/api/v1/videos/" + video + "/scrape", null);

			// then
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.body()).isEqualTo("""
					{"data":null,"error":"Video not found","meta":{"code":"not_found"}}""");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from manual_scrape_triggers where video_id in (?, ?)",
				Long.class, excluded, theirs)).isZero();
	}

	@Test
	void aDisabledVideoIsNotRefreshedAndSpendsNoTrigger() {
		Org org = fixtures().org("ultra");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");
		this.jdbc.update("update videos set tracking_disabled = true where id = ?", video);

		Response response = api(org.writeKey()).post("/api/v1/videos/" + video + "/scrape", null);

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.code()).isEqualTo("tracking_disabled");
		assertThat(this.jdbc.queryForObject("select count(*) from manual_scrape_triggers where video_id = ?",
				Long.class, video)).isZero();
	}

}
