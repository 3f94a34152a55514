package io.vidtrack.api.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class InboxTests extends ApiTestBase {

	@Test
	void theInboxListsPendingVideosByDefaultWithTheVideoFields() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "picky", "selective");
		long pending = fixtures().video(project, creator, "pending_review", 50, 5, 1, 0, 2);
		fixtures().video(project, creator, "excluded");
		fixtures().video(project, creator, "included");
		fixtures().video(fixtures().project(org.id()), null, "pending_review");

		// when
		Response response = api(org.readKey()).get("/api/v1/projects/" + project + "/inbox");

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().values()).hasSize(1);
		JsonNode video = response.data().get(0);
		assertThat(video.propertyNames()).containsExactly("id", "project_id", "creator_id", "tiktok_video_id", "url",
				"title", "thumbnail_url", "posted_at", "is_photo", "tracking_status", "tracking_disabled",
				"view_count", "like_count", "comment_count", "share_count", "save_count", "last_scraped_at",
				"description");
		assertThat(video.path("id").asLong()).isEqualTo(pending);
		assertThat(video.path("project_id").asLong()).isEqualTo(project);
		assertThat(video.path("creator_id").asLong()).isEqualTo(creator);
		assertThat(video.path("tiktok_video_id").asString()).isEqualTo(fixtures().tiktokId(pending));
		assertThat(video.path("tracking_status").asString()).isEqualTo("pending_review");
		assertThat(video.path("view_count").asLong()).isEqualTo(50);
		assertThat(video.path("save_count").asLong()).isEqualTo(2);
		assertThat(response.meta().toString()).isEqualTo("""
				{"nextCursor":null,"limit":50}""");
	}

	@Test
	void theExcludedViewListsOnlyExcludedVideosAndAnyOtherStatusIsAnInvalidQuery() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		fixtures().video(project, null, "direct_add");
		fixtures().video(project, null, "pending_review");
		long excluded = fixtures().video(project, null, "excluded");

		// when
		Response list = api(org.readKey()).get("/api/v1/projects/" + project + "/inbox?status=excluded");
		Response included = api(org.readKey()).get("/api/v1/projects/" + project + "/inbox?status=included");

		// then
		assertThat(list.data().values()).extracting((video) -> video.path("id").asLong()).containsExactly(excluded);
		assertThat(list.data().get(0).path("tracking_status").asString()).isEqualTo("excluded");
		assertThat(included.status()).isEqualTo(400);
		assertThat(included.body()).isEqualTo("""
				{"data":null,"error":"status must be pending_review or excluded","meta":{"code":"invalid_query"}}""");
	}

	@Test
	void pagingTheInboxToTheEndYieldsEveryPendingVideoExactlyOnce() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		List<Long> expected = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			expected.add(fixtures().video(project, null, "pending_review"));
		}

		// when
		List<Long> seen = new ArrayList<>();
		String cursor = "";
		int pages = 0;
		do {
			Response page = api(org.readKey()).get("/api/v1/projects/" + project + "/inbox?limit=2&cursor=" + cursor);
			assertThat(page.status()).isEqualTo(200);
			page.data().values().forEach((video) -> seen.add(video.path("id").asLong()));
			cursor = page.meta().path("nextCursor").isNull() ? null : page.meta().path("nextCursor").asString();
			pages++;
		}
		while (cursor != null);

		// then
		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void theInboxOfAnotherOrgsProjectIs404AndChangesNothing() {
		// given
		Org mine = fixtures().org("ultra");
		long theirs = fixtures().project(fixtures().org("ultra").id());
		long video = fixtures().video(theirs, null, "pending_review");

		// when
		Response list = api(mine.readKey()).get("/api/v1/projects/" + theirs + "/inbox");
		Response approve = api(mine.writeKey()).post("/api/v1/projects/" + theirs + "/inbox/approve",
				Map.of("video_ids", List.of(video)));

		// then
		assertThat(list.status()).isEqualTo(404);
		assertThat(list.body()).isEqualTo("""
				{"data":null,"error":"Project not found","meta":{"code":"not_found"}}""");
		assertThat(approve.status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select tracking_status from videos where id = ?", String.class, video))
			.isEqualTo("pending_review");
		assertThat(fixtures().outbox("vidtrack.video-state", video)).isEmpty();
	}

}
