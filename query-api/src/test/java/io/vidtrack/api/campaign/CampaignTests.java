package io.vidtrack.api.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient;
import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignTests extends ApiTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void creatingACampaignAnswers201WithTheCampaignObjectAndZeroStats() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/campaigns",
				Map.of("name", "Summer launch", "readme", "# Goals\nReach", "target_views", 1_000_000, "target_at",
						"2026-06-30T00:00:00Z"));

		// then
		assertThat(response.status()).isEqualTo(201);
		JsonNode data = response.data();
		assertThat(fieldNames(data)).containsExactly("id", "project_id", "name", "description", "target_views",
				"target_at", "created_at", "updated_at", "stats", "items");
		assertThat(data.path("project_id").asLong()).isEqualTo(project);
		assertThat(data.path("name").asString()).isEqualTo("Summer launch");
		assertThat(data.path("description").asString()).isEqualTo("# Goals\nReach");
		assertThat(data.path("target_views").asLong()).isEqualTo(1_000_000);
		assertThat(data.path("target_at").asString()).isEqualTo("2026-06-30T00:00:00Z");
		assertThat(data.path("created_at").asString()).isNotEmpty();
		assertThat(data.path("stats").toString()).isEqualTo("""
				{"videos":0,"views":0,"likes":0,"comments":0,"shares":0,"saves":0,"engagement_rate":null}""");
		assertThat(data.path("items").isArray()).isTrue();
		assertThat(data.path("items")).isEmpty();
		assertThat(response.json().path("error").isNull()).isTrue();
		assertThat(this.jdbc.queryForObject("select notes from campaigns where id = ?", String.class,
				data.path("id").asLong())).isEqualTo("# Goals\nReach");
	}

	@Test
	void theDetailCarriesItsItemsAndTheStatsOfAggregateTotals() {
		// given a campaign with a creator and a video, and the stream processor's totals row
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "alice", "auto");
		long video = fixtures().video(project, null, "direct_add");
		long campaign = fixtures().campaign(project, "Launch");
		this.jdbc.update("""
				insert into campaign_items (campaign_id, item_type, item_id, added_at)
				values (?, 'creator', ?, timestamptz '2026-01-01 10:00:00+00'),
					(?, 'video', ?, timestamptz '2026-01-02 10:00:00+00')""", campaign, creator, campaign, video);
		fixtures().totals("campaign", campaign, 3, 1000, 40, 5, 3, 2);

		// when
		Response response = api(org.readKey()).get("/api/v1/campaigns/" + campaign);

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("stats").toString()).isEqualTo("""
				{"videos":3,"views":1000,"likes":40,"comments":5,"shares":3,"saves":2,"engagement_rate":5.0}""");
		assertThat(response.data().path("items").toString()).isEqualTo("[{\"type\":\"creator\",\"id\":" + creator
				+ ",\"added_at\":\"2026-01-01T10:00:00Z\"},{\"type\":\"video\",\"id\":" + video
				+ ",\"added_at\":\"2026-01-02T10:00:00Z\"}]");
	}

	@Test
	void theListPagesAProjectsCampaignsWithTheirStatsAndWithoutItems() {
		// given three campaigns in a project, one in another project of the org
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long other = fixtures().project(org.id());
		long first = fixtures().campaign(project, "One");
		long second = fixtures().campaign(project, "Two");
		long third = fixtures().campaign(project, "Three");
		long elsewhere = fixtures().campaign(other, "Elsewhere");
		fixtures().totals("campaign", second, 1, 50, 5, 0, 0, 0);
		ApiClient api = api(org.readKey());

		// when
		Response page1 = api.get("/api/v1/campaigns?project_id=" + project + "&limit=2");
		Response page2 = api.get("/api/v1/campaigns?project_id=" + project + "&limit=2&cursor="
				+ page1.meta().path("nextCursor").asString());
		Response all = api.get("/api/v1/campaigns");

		// then
		assertThat(ids(page1.data())).containsExactly(first, second);
		assertThat(page1.meta().path("limit").asInt()).isEqualTo(2);
		assertThat(page1.data().get(1).path("stats").path("views").asLong()).isEqualTo(50);
		assertThat(page1.data().get(0).path("stats").path("views").asLong()).isZero();
		assertThat(page1.data().get(0).has("items")).isFalse();
		assertThat(ids(page2.data())).containsExactly(third);
		assertThat(page2.meta().path("nextCursor").isNull()).isTrue();
		assertThat(ids(all.data())).containsExactly(first, second, third, elsewhere);
	}

	@Test
	void patchChangesTheFieldsItNamesAndNullClearsATarget() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long campaign = api(org.writeKey())
			.post("/api/v1/projects/" + project + "/campaigns",
					Map.of("name", "Old", "readme", "notes", "target_views", 10, "target_at", "2026-06-30T00:00:00Z"))
			.data()
			.path("id")
			.asLong();

		// when
		Response renamed = api(org.writeKey()).patch("/api/v1/campaigns/" + campaign, Map.of("name", "New"));
		Response cleared = api(org.writeKey()).patch("/api/v1/campaigns/" + campaign,
				"{\"target_views\": null, \"target_at\": \"2026-07-01T12:00:00+02:00\"}");

		// then
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.data().path("name").asString()).isEqualTo("New");
		assertThat(renamed.data().path("description").asString()).isEqualTo("notes");
		assertThat(renamed.data().path("target_views").asLong()).isEqualTo(10);
		assertThat(cleared.data().path("name").asString()).isEqualTo("New");
		assertThat(cleared.data().path("target_views").isNull()).isTrue();
		assertThat(cleared.data().path("target_at").asString()).isEqualTo("2026-07-01T10:00:00Z");
	}

	@Test
	void invalidFieldsAreInvalidBodyAndChangeNothing() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long campaign = fixtures().campaign(project, "Kept");
		ApiClient api = api(org.writeKey());

		// when
		Response blank = api.post("/api/v1/projects/" + project + "/campaigns", Map.of("name", " "));
		Response missing = api.post("/api/v1/projects/" + project + "/campaigns", Map.of("readme", "x"));
		Response tooLong = api.patch("/api/v1/campaigns/" + campaign, Map.of("name", "x".repeat(201)));
		Response negative = api.patch("/api/v1/campaigns/" + campaign, Map.of("target_views", -1));
		Response nullName = api.patch("/api/v1/campaigns/" + campaign, "{\"name\": null}");
		Response badDate = api.post("/api/v1/projects/" + project + "/campaigns",
				Map.of("name", "A", "target_at", "tomorrow"));

		// then
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).isEqualTo("""
				{"data":null,"error":"name must be 1 to 200 characters","meta":{"code":"invalid_body"}}""");
		assertThat(missing.body()).isEqualTo("""
				{"data":null,"error":"name is required","meta":{"code":"invalid_body"}}""");
		assertThat(tooLong.code()).isEqualTo("invalid_body");
		assertThat(negative.body()).isEqualTo("""
				{"data":null,"error":"target_views must be 0 or more","meta":{"code":"invalid_body"}}""");
		assertThat(nullName.code()).isEqualTo("invalid_body");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.code()).isEqualTo("invalid_body");
		assertThat(this.jdbc.queryForObject("select count(*) from campaigns where project_id = ?", Long.class, project))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForMap("select name, target_views from campaigns where id = ?", campaign))
			.containsEntry("name", "Kept")
			.containsEntry("target_views", null);
	}

	@Test
	void anotherOrgsCampaignOrProjectIs404AndNothingChanges() {
		// given
		Org org = fixtures().org("ultra");
		Org other = fixtures().org("ultra");
		long foreignProject = fixtures().project(other.id());
		long foreign = fixtures().campaign(foreignProject, "Theirs");
		ApiClient api = api(org.writeKey());

		// when
		List<Response> responses = List.of(api.get("/api/v1/campaigns/" + foreign),
				api.patch("/api/v1/campaigns/" + foreign, Map.of("name", "Mine")),
				api.delete("/api/v1/campaigns/" + foreign),
				api.post("/api/v1/projects/" + foreignProject + "/campaigns", Map.of("name", "Sneaky")),
				api.get("/api/v1/campaigns?project_id=" + foreignProject),
				api.get("/api/v1/campaigns/" + (foreign + 1_000_000)));

		// then
		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.code()).isEqualTo("not_found");
		});
		assertThat(responses.getFirst().body()).isEqualTo("""
				{"data":null,"error":"Campaign not found","meta":{"code":"not_found"}}""");
		assertThat(this.jdbc.queryForList("select name from campaigns where project_id = ?", String.class,
				foreignProject)).containsExactly("Theirs");
		assertThat(ids(api.get("/api/v1/campaigns").data())).isEmpty();
	}

	@Test
	void aReadOnlyKeyCannotCreateACampaign() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		// when
		Response response = api(org.readKey()).post("/api/v1/projects/" + project + "/campaigns",
				Map.of("name", "Nope"));

		// then
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.code()).isEqualTo("insufficient_scope");
		assertThat(this.jdbc.queryForObject("select count(*) from campaigns where project_id = ?", Long.class,
				project)).isZero();
	}

	@Test
	void deletingACampaignUnlinksItFromItsParentsAndPublishesTheNewMemberships() {
		// given parent ⊃ child ⊃ (creator, video)
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "bob", "auto");
		long video = fixtures().video(project, null, "direct_add");
		long parent = fixtures().campaign(project, "Parent");
		long child = fixtures().campaign(project, "Child");
		ApiClient api = api(org.writeKey());
		api.post("/api/v1/campaigns/" + child + "/items",
				Map.of("items", List.of(Map.of("type", "creator", "id", creator), Map.of("type", "video", "id", video))));
		api.post("/api/v1/campaigns/" + parent + "/items", Map.of("items", List.of(Map.of("type", "campaign", "id", child))));
		assertThat(lastCampaignIds("vidtrack.creator-campaigns", creator)).containsExactlyInAnyOrder(parent, child);

		// when
		Response response = api.delete("/api/v1/campaigns/" + child);

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"id\":" + child + ",\"deleted\":true},\"error\":null,\"meta\":null}");
		assertThat(api.get("/api/v1/campaigns/" + child).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/campaigns/" + parent).data().path("items")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from campaign_items where item_id = ? and item_type = 'campaign'",
				Long.class, child)).isZero();
		assertThat(lastCampaignIds("vidtrack.creator-campaigns", creator)).isEmpty();
		assertThat(lastCampaignIds("vidtrack.video-campaigns", video)).isEmpty();
	}

	private List<Long> lastCampaignIds(String topic, long key) {
		List<String> payloads = fixtures().outbox(topic, key);
		assertThat(payloads).isNotEmpty();
		List<Long> ids = new ArrayList<>();
		JSON.readTree(payloads.getLast()).path("campaignIds").forEach((id) -> ids.add(id.asLong()));
		return ids;
	}

	private static List<Long> ids(JsonNode rows) {
		List<Long> ids = new ArrayList<>();
		rows.forEach((row) -> ids.add(row.path("id").asLong()));
		return ids;
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
