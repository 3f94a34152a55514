package io.vidtrack.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient;
import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An excluded video exists, in the v1 API, only in its project's Tracking Inbox excluded view. */
class ExcludedVideoTests extends ApiTestBase {

	@Test
	void anExcludedVideoAppearsOnlyInTheInboxExcludedView() {
		// given an excluded video among counted ones, held by a campaign, with history
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "mixed", "selective");
		long counted = fixtures().video(project, creator, "included", 50, 5, 1, 1, 1);
		long excluded = fixtures().video(project, creator, "excluded", 900, 90, 9, 9, 9);
		fixtures().snapshot(excluded, java.time.Instant.now().minusSeconds(3600), 900, 90, 9, 9, 9);
		long campaign = fixtures().campaign(project, "Both");
		fixtures().item(campaign, "video", counted);
		fixtures().item(campaign, "video", excluded);
		ApiClient client = api(org.writeKey());

		// when / then: lists leave it out
		for (String list : List.of("/api/v1/videos", "/api/v1/videos?project_id=" + project,
				"/api/v1/videos?creator_id=" + creator, "/api/v1/analytics/leaderboard?project_id=" + project,
				"/api/v1/projects/" + project + "/inbox")) {
			Response response = client.get(list);
			assertThat(response.status()).as(list).isEqualTo(200);
			assertThat(response.data().findValues("id")).as(list).noneMatch((id) -> id.asLong() == excluded);
		}
		assertThat(client.get("/api/v1/videos?project_id=" + project).data().findValues("id"))
			.anyMatch((id) -> id.asLong() == counted);
		assertThat(client.get("/api/v1/campaigns/" + campaign).data().path("items").findValues("id"))
			.noneMatch((id) -> id.asLong() == excluded);

		// and every route on it answers as for a video that does not exist
		for (Response response : List.of(client.get("/api/v1/videos/" + excluded),
				client.get("/api/v1/videos/" + excluded + "/stats"),
				client.get("/api/v1/analytics?entity=video&entity_id=" + excluded),
				client.patch("/api/v1/videos/" + excluded, Map.of("readme", "x")),
				client.post("/api/v1/videos/" + excluded + "/scrape", null),
				client.delete("/api/v1/videos/" + excluded))) {
			assertThat(response.status()).as(response.body()).isEqualTo(404);
		}

		// only the inbox's excluded view lists it, so that an exclusion can be undone
		assertThat(client.get("/api/v1/projects/" + project + "/inbox?status=excluded").data().findValues("id"))
			.singleElement()
			.satisfies((id) -> assertThat(id.asLong()).isEqualTo(excluded));
	}

	@Test
	void anExcludedVideoCountsInNoTotalsAndNoSeriesEvenWithItsRowsAndSnapshotsPresent() {
		// given a counted and an excluded video of one creator, both in a campaign, with snapshots on Jan 2, and
		// the stream processor's totals and daily rows, which count the counted video only
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "split", "selective");
		long counted = fixtures().video(project, creator, "included", 50, 5, 1, 1, 1);
		long excluded = fixtures().video(project, creator, "excluded", 900_000, 90, 9, 9, 9);
		fixtures().snapshot(counted, Instant.parse("2026-01-02T12:00:00Z"), 50, 5, 1, 1, 1);
		fixtures().snapshot(excluded, Instant.parse("2026-01-02T12:00:00Z"), 900_000, 90, 9, 9, 9);
		long campaign = fixtures().campaign(project, "Both");
		fixtures().item(campaign, "video", counted);
		fixtures().item(campaign, "video", excluded);
		Map<String, Long> entities = Map.of("project", project, "creator", creator, "campaign", campaign);
		entities.forEach((type, id) -> {
			fixtures().totals(type, id, 1, 50, 5, 1, 1, 1);
			fixtures().daily(type, id, LocalDate.parse("2026-01-02"), 1, 0, 0, 50);
		});
		ApiClient client = api(org.readKey());

		// when / then every entity's stats, read alone or in its list, are the counted video's
		String countedStats = """
				{"videos":1,"views":50,"likes":5,"comments":1,"shares":1,"saves":1,"engagement_rate":16.0}""";
		for (String path : List.of("/api/v1/projects/" + project, "/api/v1/creators/" + creator,
				"/api/v1/campaigns/" + campaign)) {
			assertThat(client.get(path).data().path("stats").toString()).as(path).isEqualTo(countedStats);
		}
		for (String list : List.of("/api/v1/projects", "/api/v1/creators?project_id=" + project,
				"/api/v1/campaigns?project_id=" + project)) {
			assertThat(client.get(list).data()).as(list)
				.singleElement()
				.satisfies((row) -> assertThat(row.path("stats").toString()).isEqualTo(countedStats));
		}

		// and so are their cumulative series
		entities.forEach((type, id) -> {
			Response series = client.get("/api/v1/analytics?entity=" + type + "&entity_id=" + id
					+ "&metric=views&mode=cumulative&from=2026-01-01&to=2026-01-03");
			assertThat(series.data().path("series").toString()).as(type)
				.isEqualTo("[{\"date\":\"2026-01-01\",\"value\":0},{\"date\":\"2026-01-02\",\"value\":50},"
						+ "{\"date\":\"2026-01-03\",\"value\":50}]");
		});
		assertThat(client.get("/api/v1/projects/" + project).body()).doesNotContain("900000");
	}

}
