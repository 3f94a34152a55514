package io.vidtrack.api.video;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.Concurrently;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class VideoAddTests extends ApiTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String POST_ID = "7412345678901234567";

	@Test
	void aUrlAddsADirectAddVideoQueuedForItsFirstCapture() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		// when a URL with tracking parameters is pasted
		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/videos",
				Map.of("url", "https://www.tiktok.com/@Some.One/video/" + POST_ID + "?is_from_webapp=1&_r=1"));

		// then
		assertThat(response.status()).isEqualTo(201);
		JsonNode video = response.data();
		long id = video.path("id").asLong();
		assertThat(video.path("project_id").asLong()).isEqualTo(project);
		assertThat(video.path("creator_id").isNull()).isTrue();
		assertThat(video.path("tiktok_video_id").asString()).isEqualTo(POST_ID);
		assertThat(video.path("url").asString()).isEqualTo("https://www.tiktok.com/@Some.One/video/" + POST_ID);
		assertThat(video.path("tracking_status").asString()).isEqualTo("direct_add");
		assertThat(video.path("tracking_disabled").asBoolean()).isFalse();
		assertThat(video.path("is_photo").asBoolean()).isFalse();
		for (String unknown : List.of("title", "thumbnail_url", "posted_at", "view_count", "like_count",
				"comment_count", "share_count", "save_count", "last_scraped_at", "description")) {
			assertThat(video.path(unknown).isNull()).as(unknown).isTrue();
		}
		assertThat(this.jdbc.queryForObject(
				"select capture_requested_at > now() - interval '1 minute' from videos where id = ?", Boolean.class, id))
			.isTrue();
		List<String> events = fixtures().outbox("vidtrack.video-state", id);
		assertThat(events).hasSize(1);
		JsonNode event = JSON.readTree(events.getFirst());
		assertThat(event.path("trackingStatus").asString()).isEqualTo("direct_add");
		assertThat(event.path("counted").asBoolean()).isTrue();
	}

	@Test
	void everyPastedFormOfOnePostNamesTheSameVideo() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		String path = "/api/v1/projects/" + project + "/videos";
		Response first = api(org.writeKey()).post(path, Map.of("url", "https://m.tiktok.com/v/" + POST_ID + ".html"));

		// when the same post is pasted in other forms
		List<Response> again = List.of(
				api(org.writeKey()).post(path, Map.of("url", "tiktok.com/@someone/video/" + POST_ID)),
				api(org.writeKey()).post(path,
						Map.of("url", "Look at this! https://www.tiktok.com/@x/video/" + POST_ID + "?lang=en #fyp")));

		// then the first adds it (without a handle in the URL) and the others find it
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.data().path("url").asString()).isEqualTo("https://www.tiktok.com/@/video/" + POST_ID);
		assertThat(again).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.data().path("id").asLong()).isEqualTo(first.data().path("id").asLong());
		});
		assertThat(this.jdbc.queryForObject("select count(*) from videos where project_id = ?", Long.class, project))
			.isEqualTo(1);
	}

	@Test
	void aPhotoUrlAddsAPhotoPost() {
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/videos",
				Map.of("url", "https://www.tiktok.com/@someone/photo/" + POST_ID));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.data().path("is_photo").asBoolean()).isTrue();
		assertThat(response.data().path("url").asString()).isEqualTo("https://www.tiktok.com/@someone/photo/" + POST_ID);
	}

	@Test
	void aVideoTheProjectTracksIsAnsweredAsItIsWith200() {
		// given a discovered video with counts, pending review
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "maker", "selective");
		long video = fixtures().video(project, creator, "pending_review", 500, 50, 5, 1, 0);

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/videos",
				Map.of("url", "https://www.tiktok.com/@maker/video/" + fixtures().tiktokId(video)));

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("id").asLong()).isEqualTo(video);
		assertThat(response.data().path("tracking_status").asString()).isEqualTo("pending_review");
		assertThat(response.data().path("view_count").asLong()).isEqualTo(500);
		assertThat(fixtures().outbox("vidtrack.video-state", video)).isEmpty();
	}

	@Test
	void anExcludedVideoAddedByUrlIsTrackedAgainAsADirectAdd() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "maker", "selective");
		long video = fixtures().video(project, creator, "excluded", 500, 50, 5, 1, 0);

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/videos",
				Map.of("url", "https://www.tiktok.com/@maker/video/" + fixtures().tiktokId(video)));

		// then it keeps its id, creator and counts, and the aggregates learn it is counted
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.data().path("id").asLong()).isEqualTo(video);
		assertThat(response.data().path("tracking_status").asString()).isEqualTo("direct_add");
		assertThat(response.data().path("creator_id").asLong()).isEqualTo(creator);
		assertThat(response.data().path("view_count").asLong()).isEqualTo(500);
		List<String> events = fixtures().outbox("vidtrack.video-state", video);
		assertThat(events).hasSize(1);
		assertThat(JSON.readTree(events.getFirst()).path("counted").asBoolean()).isTrue();
	}

	@Test
	void theSameVideoMayBeTrackedByTwoProjects() {
		Org org = fixtures().org("ultra");
		long first = fixtures().project(org.id());
		long second = fixtures().project(org.id());
		Map<String, String> body = Map.of("url", "https://www.tiktok.com/@someone/video/" + POST_ID);

		Response one = api(org.writeKey()).post("/api/v1/projects/" + first + "/videos", body);
		Response two = api(org.writeKey()).post("/api/v1/projects/" + second + "/videos", body);

		assertThat(one.status()).isEqualTo(201);
		assertThat(two.status()).isEqualTo(201);
		assertThat(two.data().path("id").asLong()).isNotEqualTo(one.data().path("id").asLong());
	}

	@Test
	void anInvalidUrlIsAnInvalidBodyNamingTheProblemAndAddsNothing() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		String path = "/api/v1/projects/" + project + "/videos";

		// when
		Response otherSite = api(org.writeKey()).post(path, Map.of("url", "https://www.youtube.com/watch?v=abc"));
		Response profile = api(org.writeKey()).post(path, Map.of("url", "https://www.tiktok.com/@someone"));
		Response shortLink = api(org.writeKey()).post(path, Map.of("url", "https://vm.tiktok.com/ZMabcdEF/"));

		// then
		assertThat(otherSite.status()).isEqualTo(400);
		assertThat(otherSite.body()).isEqualTo("""
				{"data":null,"error":"not a TikTok URL: host www.youtube.com","meta":{"code":"invalid_body"}}""");
		assertThat(profile.status()).isEqualTo(400);
		assertThat(profile.json().path("error").asString())
			.isEqualTo("a creator's profile, not a video: https://www.tiktok.com/@someone");
		// the tests' API resolves no short links
		assertThat(shortLink.status()).isEqualTo(400);
		assertThat(shortLink.code()).isEqualTo("invalid_body");
		assertThat(shortLink.json().path("error").asString()).startsWith("short links cannot be resolved here");
		assertThat(this.jdbc.queryForObject("select count(*) from videos where project_id = ?", Long.class, project))
			.isZero();
	}

	@Test
	void aBodyOfTheWrongShapeIsAnInvalidBody() {
		// given
		Org org = fixtures().org("ultra");
		String path = "/api/v1/projects/" + fixtures().project(org.id()) + "/videos";

		// when
		Response wrongType = api(org.writeKey()).post(path, "{\"urls\": {\"first\": \"x\"}}");
		Response neither = api(org.writeKey()).post(path, Map.of("link", "https://www.tiktok.com/@a/video/" + POST_ID));
		Response both = api(org.writeKey()).post(path, Map.of("url", "x", "urls", List.of("y")));
		Response tooMany = api(org.writeKey()).post(path, Map.of("urls", Collections.nCopies(101, "x")));
		Response empty = api(org.writeKey()).post(path, Map.of("urls", List.of()));

		// then
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.body()).isEqualTo("""
				{"data":null,"error":"The request body must be a JSON object of the documented shape",\
				"meta":{"code":"invalid_body"}}""");
		assertThat(neither.json().path("error").asString())
			.isEqualTo("Send either url or urls (a list of up to 100 URLs)");
		assertThat(both.code()).isEqualTo("invalid_body");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).isEqualTo("""
				{"data":null,"error":"urls must hold 1 to 100 URLs","meta":{"code":"invalid_body"}}""");
		assertThat(empty.code()).isEqualTo("invalid_body");
	}

	@Test
	void anotherOrgsProjectIsNotFoundAndGetsNoVideo() {
		// given
		Org org = fixtures().org("ultra");
		long theirs = fixtures().project(fixtures().org("ultra").id());

		// when
		Response single = api(org.writeKey()).post("/api/v1/projects/" + theirs + "/videos",
				Map.of("url", "https://www.tiktok.com/@someone/video/" + POST_ID));
		Response bulk = api(org.writeKey()).post("/api/v1/projects/" + theirs + "/videos",
				Map.of("urls", List.of("https://www.tiktok.com/@someone/video/" + POST_ID)));

		// then
		assertThat(single.status()).isEqualTo(404);
		assertThat(single.body()).isEqualTo("""
				{"data":null,"error":"Project not found","meta":{"code":"not_found"}}""");
		assertThat(bulk.status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from videos where project_id = ?", Long.class, theirs))
			.isZero();
	}

	@Test
	void aBulkPasteAnswersEveryRowInOrder() {
		// given a starter-like plan capped at 3 tracked videos, one of them used
		TestPlans.plan(this.jdbc, "video_cap_3", 3, 10);
		Org org = fixtures().org("video_cap_3");
		long project = fixtures().project(org.id());
		long tracked = fixtures().video(project, null, "direct_add");
		String trackedUrl = "https://www.tiktok.com/@someone/video/" + fixtures().tiktokId(tracked);
		List<String> urls = List.of("https://www.tiktok.com/@a/video/7400000000000000001", "not a url",
				trackedUrl, "https://www.tiktok.com/@a/video/7400000000000000001?lang=de",
				"https://www.tiktok.com/@b/photo/7400000000000000002", "https://www.tiktok.com/@c/video/7400000000000000003");

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/videos", Map.of("urls", urls));

		// then
		assertThat(response.status()).isEqualTo(200);
		JsonNode rows = response.data();
		assertThat(rows).hasSize(6);
		List<String> outcomes = new ArrayList<>();
		rows.forEach((row) -> outcomes.add(row.path("outcome").asString()));
		assertThat(outcomes).containsExactly("added", "invalid_url", "already_tracked", "already_tracked", "added",
				"limit_reached");
		assertThat(rows.get(0).propertyNames()).containsExactly("url", "outcome", "video", "error");
		assertThat(rows.get(0).path("url").asString()).isEqualTo(urls.get(0));
		assertThat(rows.get(0).path("video").path("tracking_status").asString()).isEqualTo("direct_add");
		assertThat(rows.get(0).path("error").isNull()).isTrue();
		assertThat(rows.get(1).path("video").isNull()).isTrue();
		assertThat(rows.get(1).path("error").asString()).isEqualTo("not a TikTok URL: not a url");
		assertThat(rows.get(2).path("video").path("id").asLong()).isEqualTo(tracked);
		assertThat(rows.get(3).path("video").path("id").asLong())
			.isEqualTo(rows.get(0).path("video").path("id").asLong());
		assertThat(rows.get(4).path("video").path("is_photo").asBoolean()).isTrue();
		assertThat(rows.get(5).path("video").isNull()).isTrue();
		assertThat(rows.get(5).path("error").asString())
			.isEqualTo("Plan limit reached: max_tracked_videos_per_org is 3");
		assertThat(this.jdbc.queryForObject("select count(*) from videos where project_id = ?", Long.class, project))
			.isEqualTo(3);
		assertThat(fixtures().outbox("vidtrack.video-state", rows.get(0).path("video").path("id").asLong()))
			.hasSize(1);
	}

	@Test
	void overThePlansCapASingleAddIsRefusedWith402() {
		// given
		TestPlans.plan(this.jdbc, "video_cap_3", 3, 10);
		Org org = fixtures().org("video_cap_3");
		long project = fixtures().project(org.id());
		for (int i = 0; i < 3; i++) {
			fixtures().video(project, null, "auto_tracked");
		}
		fixtures().video(project, null, "excluded");

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/videos",
				Map.of("url", "https://www.tiktok.com/@someone/video/" + POST_ID));

		// then
		assertThat(response.status()).isEqualTo(402);
		assertThat(response.body()).isEqualTo("""
				{"data":null,"error":"Plan limit reached: max_tracked_videos_per_org is 3",\
				"meta":{"code":"limit_reached","limitKey":"max_tracked_videos_per_org","current":3,"max":3}}""");
	}

	@Test
	void thePlansVideoCapHoldsUnder20ConcurrentAdds() throws Exception {
		// given
		TestPlans.plan(this.jdbc, "video_cap_5", 5, 10);
		Org org = fixtures().org("video_cap_5");
		long project = fixtures().project(org.id());

		// when
		List<Response> responses = Concurrently.run(20,
				(n) -> api(org.writeKey()).post("/api/v1/projects/" + project + "/videos",
						Map.of("url", "https://www.tiktok.com/@someone/video/74100000000000000" + (10 + n))));

		// then
		assertThat(responses.stream().filter((r) -> r.status() == 201)).hasSize(5);
		assertThat(responses.stream().filter((r) -> r.status() != 201)).hasSize(15).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(402);
			assertThat(response.code()).isEqualTo("limit_reached");
			assertThat(response.meta().path("current").asLong()).isEqualTo(5);
		});
		assertThat(this.jdbc.queryForObject("select count(*) from videos where project_id = ?", Long.class, project))
			.isEqualTo(5);
	}

	@Test
	void aReadOnlyKeyCannotWriteVideos() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long video = fixtures().video(project, null, "direct_add");

		// when
		List<Response> writes = List.of(
				api(org.readKey()).post("/api/v1/projects/" + project + "/videos",
						Map.of("url", "https://www.tiktok.com/@someone/video/" + POST_ID)),
				api(org.readKey()).patch("/api/v1/videos/" + video, Map.of("readme", "mine")),
				api(org.readKey()).delete("/api/v1/videos/" + video),
				api(org.readKey()).post("/api/v1/videos/" + video + "/scrape", null));

		// then
		assertThat(writes).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.code()).isEqualTo("insufficient_scope");
		});
		assertThat(this.jdbc.queryForMap("select notes, capture_requested_at from videos where id = ?", video))
			.containsEntry("notes", null)
			.containsEntry("capture_requested_at", null);
		assertThat(this.jdbc.queryForObject("select count(*) from videos where project_id = ?", Long.class, project))
			.isEqualTo(1);
	}

}
