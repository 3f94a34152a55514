package io.vidtrack.api;

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

}
