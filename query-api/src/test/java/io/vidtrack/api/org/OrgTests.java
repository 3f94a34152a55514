package io.vidtrack.api.org;

import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrgTests extends ApiTestBase {

	@Test
	void theOrgShowsItsPlanLimitsAndTodaysUsage() {
		// given
		Org org = fixtures().org("starter", "America/New_York");
		long project = fixtures().project(org.id());
		fixtures().creator(project, "first", "auto");
		fixtures().video(project, null, "direct_add");
		fixtures().video(project, null, "excluded");

		// when
		Response response = api(org.readKey()).get("/api/v1/org");

		// then
		assertThat(response.status()).isEqualTo(200);
		var data = response.data();
		assertThat(data.path("plan").asString()).isEqualTo("starter");
		assertThat(data.path("timezone").asString()).isEqualTo("America/New_York");
		assertThat(data.path("limits").path("max_projects_per_org").asInt()).isEqualTo(3);
		assertThat(data.path("limits").path("min_video_stats_hours").asInt()).isEqualTo(6);
		assertThat(data.path("usage").path("projects").asLong()).isEqualTo(1);
		assertThat(data.path("usage").path("creators").asLong()).isEqualTo(1);
		assertThat(data.path("usage").path("tracked_videos").asLong()).isEqualTo(1);
		assertThat(data.path("usage").path("api_requests_today").asLong()).isEqualTo(1);
		assertThat(response.json().path("error").isNull()).isTrue();
	}

	@Test
	void aFrequencyBelowThePlanFloorIsClampedAndTheEffectiveValueReturned() {
		// given a starter org, whose floors are 6 hours
		Org org = fixtures().org("starter");

		// when
		Response response = api(org.writeKey()).patch("/api/v1/org",
				Map.of("discover_every_hours", 1, "stats_every_hours", 12, "timezone", "Europe/Berlin"));

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("discover_every_hours").asInt()).isEqualTo(6);
		assertThat(response.data().path("stats_every_hours").asInt()).isEqualTo(12);
		assertThat(response.data().path("timezone").asString()).isEqualTo("Europe/Berlin");
		assertThat(this.jdbc.queryForMap("select discover_every_hours, stats_every_hours from orgs where id = ?",
				org.id())).containsEntry("discover_every_hours", 6).containsEntry("stats_every_hours", 12);
	}

	@Test
	void aNewFrequencyMovesTheOrgsNextDiscoveriesAndCapturesByTheDifference() {
		// given: a starter org discovering and capturing daily, a creator and a video next due at noon and a video
		// waiting for a requested capture; another org's video
		Org org = fixtures().org("starter");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "first", "auto");
		this.jdbc.update("update creators set next_discovery_at = '2026-11-26T12:00:00Z' where id = ?", creator);
		long scheduled = fixtures().video(project, null, "auto_tracked");
		long requested = fixtures().video(project, null, "direct_add");
		long foreign = fixtures().video(fixtures().project(fixtures().org("starter").id()), null, "auto_tracked");
		this.jdbc.update("update videos set next_capture_at = '2026-11-26T12:00:00Z' where id in (?, ?)", scheduled,
				foreign);
		this.jdbc.update("update videos set capture_requested_at = now(), next_capture_at = '-infinity' where id = ?",
				requested);

		// when: both every 12 hours instead of 24, then stats every 2 hours, which the plan's floor makes 6
		Response twice = api(org.writeKey()).patch("/api/v1/org",
				Map.of("discover_every_hours", 12, "stats_every_hours", 12));
		Response often = api(org.writeKey()).patch("/api/v1/org", Map.of("stats_every_hours", 2));

		// then
		assertThat(twice.status()).isEqualTo(200);
		assertThat(often.data().path("stats_every_hours").asInt()).isEqualTo(6);
		assertThat(nextCapture(scheduled)).isEqualTo("2026-11-25 18:00:00");
		assertThat(nextCapture(requested)).isEqualTo("-infinity");
		assertThat(nextCapture(foreign)).isEqualTo("2026-11-26 12:00:00");
		assertThat(this.jdbc.queryForObject(
				"select (next_discovery_at at time zone 'UTC')::text from creators where id = ?", String.class, creator))
			.isEqualTo("2026-11-26 00:00:00");
	}

	private String nextCapture(long video) {
		return this.jdbc.queryForObject("select (next_capture_at at time zone 'UTC')::text from videos where id = ?",
				String.class, video);
	}

	@Test
	void anUnknownTimeZoneIsRefusedAndChangesNothing() {
		Org org = fixtures().org("ultra");

		Response response = api(org.writeKey()).patch("/api/v1/org", Map.of("timezone", "Mars/Olympus"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("""
				{"data":null,"error":"timezone must be an IANA time zone such as Europe/Berlin",\
				"meta":{"code":"invalid_body"}}""");
		assertThat(this.jdbc.queryForObject("select timezone from orgs where id = ?", String.class, org.id()))
			.isEqualTo("UTC");
	}

	@Test
	void aBodyThatIsNotJsonIsAnInvalidBody() {
		Org org = fixtures().org("ultra");

		Response response = api(org.writeKey()).patch("/api/v1/org", "{\"stats_every_hours\": \"often\"");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.code()).isEqualTo("invalid_body");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
	}

}
