package io.vidtrack.api.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.vidtrack.api.testsupport.ApiClient;
import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignItemsTests extends ApiTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CREATORS = "vidtrack.creator-campaigns";

	private static final String VIDEOS = "vidtrack.video-campaigns";

	@Test
	void addingItemsAnswersTheDetailAndPublishesEveryReachedMembership() {
		// given a parent campaign, a sub-campaign holding a video, a creator and a direct video
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "carol", "auto");
		long video = fixtures().video(project, null, "direct_add");
		long deepVideo = fixtures().video(project, null, "direct_add");
		long parent = fixtures().campaign(project, "Parent");
		long sub = fixtures().campaign(project, "Sub");
		add(org, sub, item("video", deepVideo));

		// when
		Response response = add(org, parent, item("creator", creator), item("video", video), item("campaign", sub));

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("id").asLong()).isEqualTo(parent);
		assertThat(items(response.data())).containsExactly("creator:" + creator, "video:" + video, "campaign:" + sub);
		assertThat(response.data().path("items").get(0).path("added_at").asString()).isNotEmpty();
		assertThat(payloads(CREATORS, creator)).containsExactly(
				"{\"creatorId\":" + creator + ",\"projectId\":" + project + ",\"campaignIds\":[" + parent + "]}");
		assertThat(campaignIds(VIDEOS, video)).containsExactly(parent);
		assertThat(campaignIds(VIDEOS, deepVideo)).containsExactly(parent, sub);
	}

	@Test
	void reAddingAnItemIsANoOp() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "dave", "auto");
		long campaign = fixtures().campaign(project, "Once");
		add(org, campaign, item("creator", creator));

		// when
		Response again = add(org, campaign, item("creator", creator), item("creator", creator));

		// then
		assertThat(again.status()).isEqualTo(200);
		assertThat(items(again.data())).containsExactly("creator:" + creator);
		assertThat(fixtures().outbox(CREATORS, creator)).hasSize(1);
	}

	@Test
	void anItemOutsideTheProjectOrExcludedIs404ForTheWholeRequest() {
		// given
		Org org = fixtures().org("ultra");
		Org other = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long otherProject = fixtures().project(org.id());
		long creator = fixtures().creator(project, "erin", "auto");
		long creatorElsewhere = fixtures().creator(otherProject, "erin", "auto");
		long foreignVideo = fixtures().video(fixtures().project(other.id()), null, "direct_add");
		long excluded = fixtures().video(project, null, "excluded");
		long foreignCampaign = fixtures().campaign(otherProject, "Elsewhere");
		long campaign = fixtures().campaign(project, "Mine");

		// when
		List<Response> responses = List.of(add(org, campaign, item("creator", creator), item("creator", creatorElsewhere)),
				add(org, campaign, item("creator", creator), item("video", foreignVideo)),
				add(org, campaign, item("video", excluded)), add(org, campaign, item("campaign", foreignCampaign)));

		// then
		assertThat(responses).extracting(Response::status).containsOnly(404);
		assertThat(responses.get(0).body()).isEqualTo("""
				{"data":null,"error":"Creator not found","meta":{"code":"not_found"}}""");
		assertThat(responses.get(1).body()).contains("\"error\":\"Video not found\"");
		assertThat(this.jdbc.queryForObject("select count(*) from campaign_items where campaign_id = ?", Long.class,
				campaign)).isZero();
		assertThat(fixtures().outbox(CREATORS, creator)).isEmpty();
	}

	@Test
	void anotherOrgsCampaignIs404ForItemsAndNothingChanges() {
		// given
		Org org = fixtures().org("ultra");
		Org other = fixtures().org("ultra");
		long theirProject = fixtures().project(other.id());
		long theirCreator = fixtures().creator(theirProject, "frank", "auto");
		long theirs = fixtures().campaign(theirProject, "Theirs");
		this.jdbc.update("insert into campaign_items (campaign_id, item_type, item_id) values (?, 'creator', ?)", theirs,
				theirCreator);

		// when
		Response added = add(org, theirs, item("creator", theirCreator));
		Response removed = api(org.writeKey()).delete("/api/v1/campaigns/" + theirs + "/items/creator/" + theirCreator);

		// then
		assertThat(added.status()).isEqualTo(404);
		assertThat(added.body()).isEqualTo("""
				{"data":null,"error":"Campaign not found","meta":{"code":"not_found"}}""");
		assertThat(removed.status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from campaign_items where campaign_id = ?", Long.class,
				theirs)).isEqualTo(1);
		assertThat(fixtures().outbox(CREATORS, theirCreator)).isEmpty();
	}

	@Test
	void aVideoExcludedAfterItWasAddedNoLongerShowsAmongTheItems() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long kept = fixtures().video(project, null, "direct_add");
		long later = fixtures().video(project, null, "auto_tracked");
		long campaign = fixtures().campaign(project, "Mixed");
		add(org, campaign, item("video", kept), item("video", later));

		// when
		this.jdbc.update("update videos set tracking_status = 'excluded' where id = ?", later);
		Response detail = api(org.readKey()).get("/api/v1/campaigns/" + campaign);

		// then
		assertThat(items(detail.data())).containsExactly("video:" + kept);
		assertThat(detail.body()).doesNotContain("\"id\":" + later + ",");
	}

	@Test
	void malformedItemsAreInvalidBody() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long campaign = fixtures().campaign(project, "Strict");
		List<Map<String, Object>> tooMany = new ArrayList<>();
		for (int i = 1; i <= 101; i++) {
			tooMany.add(item("video", i));
		}

		// when
		Response unknownType = add(org, campaign, item("hashtag", 1));
		Response empty = api(org.writeKey()).post("/api/v1/campaigns/" + campaign + "/items", Map.of("items", List.of()));
		Response overLimit = api(org.writeKey()).post("/api/v1/campaigns/" + campaign + "/items", Map.of("items", tooMany));
		Response noId = api(org.writeKey()).post("/api/v1/campaigns/" + campaign + "/items",
				"{\"items\": [{\"type\": \"video\"}]}");
		Response badPathType = api(org.writeKey()).delete("/api/v1/campaigns/" + campaign + "/items/hashtag/1");

		// then
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.body()).isEqualTo("""
				{"data":null,"error":"item type must be creator, video or campaign","meta":{"code":"invalid_body"}}""");
		assertThat(empty.body()).isEqualTo("""
				{"data":null,"error":"items must hold 1 to 100 items","meta":{"code":"invalid_body"}}""");
		assertThat(overLimit.code()).isEqualTo("invalid_body");
		assertThat(noId.code()).isEqualTo("invalid_body");
		assertThat(badPathType.status()).isEqualTo(400);
		assertThat(badPathType.body()).isEqualTo("""
				{"data":null,"error":"type must be creator, video or campaign","meta":{"code":"invalid_params"}}""");
	}

	@Test
	void addingACampaignToItselfOrToItsOwnChildIsACycle() {
		// given parent ⊃ child
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long parent = fixtures().campaign(project, "Parent");
		long child = fixtures().campaign(project, "Child");
		add(org, parent, item("campaign", child));

		// when
		Response itself = add(org, parent, item("campaign", parent));
		Response loop = add(org, child, item("campaign", parent));

		// then
		assertThat(itself.status()).isEqualTo(409);
		assertThat(itself.body()).isEqualTo("{\"data\":null,\"error\":\"Adding campaign " + parent + " to campaign "
				+ parent + " would make a cycle: it is the campaign itself or contains it\","
				+ "\"meta\":{\"code\":\"campaign_cycle\"}}");
		assertThat(loop.status()).isEqualTo(409);
		assertThat(loop.code()).isEqualTo("campaign_cycle");
		assertThat(this.jdbc.queryForObject("select count(*) from campaign_items where campaign_id = ?", Long.class,
				child)).isZero();
	}

	@Test
	void closingAThreeDeepLoopIsACycleAndAddsNothingOfTheRequest() {
		// given top ⊃ middle ⊃ bottom, and a creator
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "gina", "auto");
		long top = fixtures().campaign(project, "Top");
		long middle = fixtures().campaign(project, "Middle");
		long bottom = fixtures().campaign(project, "Bottom");
		add(org, top, item("campaign", middle));
		add(org, middle, item("campaign", bottom));

		// when
		Response response = add(org, bottom, item("creator", creator), item("campaign", top));

		// then
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.code()).isEqualTo("campaign_cycle");
		assertThat(this.jdbc.queryForObject("select count(*) from campaign_items where campaign_id = ?", Long.class,
				bottom)).isZero();
		assertThat(fixtures().outbox(CREATORS, creator)).isEmpty();
	}

	@Test
	void twoConcurrentAddsCannotBuildACycleTogether() throws Exception {
		for (int round = 0; round < 5; round++) {
			// given two unrelated campaigns
			Org org = fixtures().org("ultra");
			long project = fixtures().project(org.id());
			long a = fixtures().campaign(project, "A");
			long b = fixtures().campaign(project, "B");

			// when each is added under the other at the same moment
			List<Response> responses = concurrently(() -> add(org, a, item("campaign", b)),
					() -> add(org, b, item("campaign", a)));

			// then exactly one wins
			assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
			assertThat(this.jdbc.queryForObject("""
					select count(*) from campaign_items where item_type = 'campaign' and campaign_id in (?, ?)""",
					Long.class, a, b)).isEqualTo(1);
		}
	}

	@Test
	void removingAnItemAnswersTheDetailAndPublishesTheNewMembership() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "hank", "auto");
		long video = fixtures().video(project, null, "direct_add");
		long campaign = fixtures().campaign(project, "Shrinking");
		add(org, campaign, item("creator", creator), item("video", video));
		ApiClient api = api(org.writeKey());

		// when
		Response creatorRemoved = api.delete("/api/v1/campaigns/" + campaign + "/items/creator/" + creator);
		Response videoRemoved = api.delete("/api/v1/campaigns/" + campaign + "/items/video/" + video);
		Response notAnItem = api.delete("/api/v1/campaigns/" + campaign + "/items/video/" + video);

		// then
		assertThat(creatorRemoved.status()).isEqualTo(200);
		assertThat(items(creatorRemoved.data())).containsExactly("video:" + video);
		assertThat(items(videoRemoved.data())).isEmpty();
		assertThat(campaignIds(CREATORS, creator)).isEmpty();
		assertThat(fixtures().outbox(CREATORS, creator)).hasSize(2);
		assertThat(campaignIds(VIDEOS, video)).isEmpty();
		assertThat(notAnItem.status()).isEqualTo(404);
		assertThat(notAnItem.body()).isEqualTo("""
				{"data":null,"error":"Campaign item not found","meta":{"code":"not_found"}}""");
	}

	@Test
	void removingASubCampaignPublishesEverythingUnderIt() {
		// given parent ⊃ sub ⊃ creator
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "ivy", "selective");
		long parent = fixtures().campaign(project, "Parent");
		long sub = fixtures().campaign(project, "Sub");
		add(org, sub, item("creator", creator));
		add(org, parent, item("campaign", sub));
		assertThat(campaignIds(CREATORS, creator)).containsExactly(parent, sub);

		// when
		Response response = api(org.writeKey()).delete("/api/v1/campaigns/" + parent + "/items/campaign/" + sub);

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(campaignIds(CREATORS, creator)).containsExactly(sub);
	}

	private Response add(Org org, long campaign, Map<?, ?>... items) {
		return api(org.writeKey()).post("/api/v1/campaigns/" + campaign + "/items", Map.of("items", List.of(items)));
	}

	private static Map<String, Object> item(String type, long id) {
		return Map.of("type", type, "id", id);
	}

	private List<String> payloads(String topic, long key) {
		return fixtures().outbox(topic, key);
	}

	private List<Long> campaignIds(String topic, long key) {
		List<String> payloads = payloads(topic, key);
		assertThat(payloads).isNotEmpty();
		List<Long> ids = new ArrayList<>();
		JSON.readTree(payloads.getLast()).path("campaignIds").forEach((id) -> ids.add(id.asLong()));
		return ids;
	}

	private static List<String> items(JsonNode campaign) {
		List<String> items = new ArrayList<>();
		campaign.path("items").forEach((item) -> items.add(item.path("type").asString() + ":" + item.path("id").asLong()));
		return items;
	}

	@SafeVarargs
	private static List<Response> concurrently(java.util.concurrent.Callable<Response>... calls) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(calls.length)) {
			List<Future<Response>> futures = new ArrayList<>();
			for (var call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}

}
