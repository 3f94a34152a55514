package io.vidtrack.api;

import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient;
import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route, called with another org's ids, answers 404 exactly as for an id that does not exist, and changes
 * nothing: the API never reveals or touches what belongs to another org.
 */
class ForeignOrgTests extends ApiTestBase {

	@Test
	void everyRouteAnswers404ForAnotherOrgsIdsAndChangesNothing() {
		// given org A's project, creator, videos and campaign
		Org owner = fixtures().org("ultra");
		long project = fixtures().project(owner.id());
		long creator = fixtures().creator(project, "owned", "selective");
		long video = fixtures().video(project, creator, "pending_review", 10, 1, 1, 1, 1);
		long campaign = fixtures().campaign(project, "Owned");
		fixtures().item(campaign, "creator", creator);
		String before = snapshotOf(owner.id());

		// when org B calls every route with them
		ApiClient stranger = api(fixtures().org("ultra").writeKey());
		Map<String, Object> ids = Map.of("video_ids", List.of(video));
		List<Response> responses = List.of(stranger.get("/api/v1/projects/" + project),
				stranger.patch("/api/v1/projects/" + project, Map.of("name", "taken")),
				stranger.delete("/api/v1/projects/" + project),
				stranger.get("/api/v1/projects/" + project + "/inbox"),
				stranger.post("/api/v1/projects/" + project + "/inbox/approve", ids),
				stranger.post("/api/v1/projects/" + project + "/inbox/exclude", ids),
				stranger.post("/api/v1/projects/" + project + "/inbox/restore", ids),
				stranger.post("/api/v1/projects/" + project + "/videos",
						Map.of("url", "https://www.tiktok.com/@x/video/7300000000000000001")),
				stranger.post("/api/v1/projects/" + project + "/creators", Map.of("handle", "intruder")),
				stranger.post("/api/v1/projects/" + project + "/campaigns", Map.of("name", "Intruder")),
				stranger.get("/api/v1/creators/" + creator),
				stranger.get("/api/v1/creators?project_id=" + project),
				stranger.patch("/api/v1/creators/" + creator, Map.of("tracking_mode", "auto")),
				stranger.delete("/api/v1/creators/" + creator),
				stranger.get("/api/v1/videos/" + video),
				stranger.get("/api/v1/videos?project_id=" + project),
				stranger.get("/api/v1/videos?creator_id=" + creator),
				stranger.patch("/api/v1/videos/" + video, Map.of("readme", "mine now")),
				stranger.post("/api/v1/videos/" + video + "/scrape", null),
				stranger.get("/api/v1/videos/" + video + "/stats"),
				stranger.delete("/api/v1/videos/" + video),
				stranger.get("/api/v1/campaigns/" + campaign),
				stranger.get("/api/v1/campaigns?project_id=" + project),
				stranger.patch("/api/v1/campaigns/" + campaign, Map.of("name", "taken")),
				stranger.post("/api/v1/campaigns/" + campaign + "/items",
						Map.of("items", List.of(Map.of("type", "video", "id", video)))),
				stranger.delete("/api/v1/campaigns/" + campaign + "/items/creator/" + creator),
				stranger.delete("/api/v1/campaigns/" + campaign),
				stranger.get("/api/v1/analytics?entity=project&entity_id=" + project),
				stranger.get("/api/v1/analytics?entity=creator&entity_id=" + creator),
				stranger.get("/api/v1/analytics?entity=campaign&entity_id=" + campaign),
				stranger.get("/api/v1/analytics?entity=video&entity_id=" + video),
				stranger.get("/api/v1/analytics/leaderboard?project_id=" + project));

		// then
		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.status()).as(response.body()).isEqualTo(404);
			assertThat(response.code()).isEqualTo("not_found");
			assertThat(response.json().path("data").isNull()).isTrue();
		});
		assertThat(snapshotOf(owner.id())).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox where message_key in (?, ?)", Long.class,
				Long.toString(video), Long.toString(creator))).isZero();
	}

	// everything of the org a write could have changed, as one comparable text
	private String snapshotOf(long orgId) {
		return this.jdbc.queryForList("""
				select p.name, p.updated_at, c.tracking_mode, c.active, c.notes, v.tracking_status, v.notes,
					v.capture_requested_at, k.name as campaign, k.updated_at as campaign_updated,
					(select count(*) from campaign_items i where i.campaign_id = k.id) as items,
					(select count(*) from projects where org_id = p.org_id) as projects,
					(select count(*) from manual_scrape_triggers where org_id = p.org_id) as triggers
				from projects p join creators c on c.project_id = p.id join videos v on v.project_id = p.id
				join campaigns k on k.project_id = p.id where p.org_id = ?""", orgId).toString();
	}

}
