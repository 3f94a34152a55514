package io.vidtrack.api.video;

import java.util.ArrayList;
import java.util.List;

import io.vidtrack.api.testsupport.ApiClient;
import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class VideoListTests extends ApiTestBase {

	@Test
	void aVideoShowsEveryFieldOfTheContract() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "maker", "auto");
		long video = fixtures().video(project, creator, "auto_tracked", 1000, 100, 10, 5, 2);
		this.jdbc.update("""
				update videos set notes = '# Launch', thumbnail_url = 'https://cdn.example/t.jpg',
					posted_at = timestamptz '2026-03-01T10:00:00Z', last_scraped_at = timestamptz '2026-03-02T11:00:00Z'
				where id = ?""", video);

		// when
		Response response = api(org.readKey()).get("/api/v1/videos/" + video);

		// then
		assertThat(response.status()).isEqualTo(200);
		JsonNode data = response.data();
		assertThat(data.propertyNames()).containsExactly("id", "project_id", "creator_id", "tiktok_video_id", "url",
				"title", "thumbnail_url", "posted_at", "is_photo", "tracking_status", "tracking_disabled",
				"view_count", "like_count", "comment_count", "share_count", "save_count", "last_scraped_at",
				"description");
		assertThat(data.path("id").asLong()).isEqualTo(video);
		assertThat(data.path("project_id").asLong()).isEqualTo(project);
		assertThat(data.path("creator_id").asLong()).isEqualTo(creator);
		assertThat(data.path("tiktok_video_id").asString()).isEqualTo(fixtures().tiktokId(video));
		assertThat(data.path("url").asString())
			.isEqualTo("https://www.tiktok.com/@someone/video/" + fixtures().tiktokId(video));
		assertThat(data.path("title").asString()).isEqualTo("A test post");
		assertThat(data.path("thumbnail_url").asString()).isEqualTo("https://cdn.example/t.jpg");
		assertThat(data.path("posted_at").asString()).isEqualTo("2026-03-01T10:00:00Z");
		assertThat(data.path("is_photo").asBoolean()).isFalse();
		assertThat(data.path("tracking_status").asString()).isEqualTo("auto_tracked");
		assertThat(data.path("tracking_disabled").asBoolean()).isFalse();
		assertThat(data.path("view_count").asLong()).isEqualTo(1000);
		assertThat(data.path("like_count").asLong()).isEqualTo(100);
		assertThat(data.path("comment_count").asLong()).isEqualTo(10);
		assertThat(data.path("share_count").asLong()).isEqualTo(5);
		assertThat(data.path("save_count").asLong()).isEqualTo(2);
		assertThat(data.path("last_scraped_at").asString()).isEqualTo("2026-03-02T11:00:00Z");
		assertThat(data.path("description").asString()).isEqualTo("# Launch");
		assertThat(response.json().path("error").isNull()).isTrue();
		assertThat(response.json().path("meta").isNull()).isTrue();
	}

	@Test
	void theListHoldsTheOrgsVideosWithPendingOnesButNeverExcludedOnes() {
		// given
		Org org = fixtures().org("ultra");
		long first = fixtures().project(org.id());
		long second = fixtures().project(org.id());
		long creator = fixtures().creator(first, "selective", "selective");
		long tracked = fixtures().video(first, creator, "auto_tracked");
		long pending = fixtures().video(first, creator, "pending_review");
		fixtures().video(first, creator, "excluded");
		long added = fixtures().video(second, null, "direct_add");
		fixtures().video(fixtures().project(fixtures().org("ultra").id()), null, "direct_add");

		// when
		Response all = api(org.readKey()).get("/api/v1/videos");
		Response ofProject = api(org.readKey()).get("/api/v1/videos?project_id=" + first);
		Response ofCreator = api(org.readKey()).get("/api/v1/videos?creator_id=" + creator + "&project_id=" + first);

		// then
		assertThat(all.status()).isEqualTo(200);
		assertThat(ids(all)).containsExactly(tracked, pending, added);
		assertThat(all.data().get(1).path("tracking_status").asString()).isEqualTo("pending_review");
		assertThat(all.meta().path("nextCursor").isNull()).isTrue();
		assertThat(all.meta().path("limit").asInt()).isEqualTo(50);
		assertThat(ids(ofProject)).containsExactly(tracked, pending);
		assertThat(ids(ofCreator)).containsExactly(tracked, pending);
	}

	@Test
	void aProjectOrCreatorOfAnotherOrgIsNotFound() {
		// given
		Org org = fixtures().org("ultra");
		long otherProject = fixtures().project(fixtures().org("ultra").id());
		long otherCreator = fixtures().creator(otherProject, "theirs", "auto");
		fixtures().video(otherProject, otherCreator, "auto_tracked");

		// when
		Response byProject = api(org.readKey()).get("/api/v1/videos?project_id=" + otherProject);
		Response byCreator = api(org.readKey()).get("/api/v1/videos?creator_id=" + otherCreator);
		Response missing = api(org.readKey()).get("/api/v1/videos?project_id=" + Long.MAX_VALUE);

		// then
		assertThat(byProject.status()).isEqualTo(404);
		assertThat(byProject.body()).isEqualTo("""
				{"data":null,"error":"Project not found","meta":{"code":"not_found"}}""");
		assertThat(byCreator.status()).isEqualTo(404);
		assertThat(byCreator.json().path("error").asString()).isEqualTo("Creator not found");
		assertThat(missing.body()).isEqualTo(byProject.body());
	}

	@Test
	void anEmptyPageOfTheOrgsOwnProjectOrCreatorIsAnEmptyListNotA404() {
		// given: the project's only video is excluded, and the creator has none
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "quiet", "auto");
		fixtures().video(project, null, "excluded");

		// when
		Response byProject = api(org.readKey()).get("/api/v1/videos?project_id=" + project);
		Response byCreator = api(org.readKey()).get("/api/v1/videos?creator_id=" + creator);
		Response both = api(org.readKey()).get("/api/v1/videos?project_id=" + project + "&creator_id=" + creator);

		// then
		for (Response page : List.of(byProject, byCreator, both)) {
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.data().isArray()).isTrue();
			assertThat(page.data()).isEmpty();
		}
	}

	@Test
	void anotherOrgsVideoAndAnExcludedVideoAreNotFound() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long excluded = fixtures().video(project, null, "excluded");
		long theirs = fixtures().video(fixtures().project(fixtures().org("ultra").id()), null, "direct_add");

		// when
		Response excludedAnswer = api(org.readKey()).get("/api/v1/videos/" + excluded);
		Response theirsAnswer = api(org.readKey()).get("/api/v1/videos/" + theirs);

		// then
		assertThat(excludedAnswer.status()).isEqualTo(404);
		assertThat(excludedAnswer.body()).isEqualTo("""
				{"data":null,"error":"Video not found","meta":{"code":"not_found"}}""");
		assertThat(theirsAnswer.body()).isEqualTo(excludedAnswer.body());
	}

	@Test
	void anIdThatIsNotANumberIsInvalidParams() {
		Org org = fixtures().org("ultra");

		Response response = api(org.readKey()).get("/api/v1/videos/abc");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("""
				{"data":null,"error":"id must be a valid id","meta":{"code":"invalid_params"}}""");
	}

	@Test
	void pagingToTheEndWhileVideosAreAddedYieldsEveryVideoExactlyOnce() {
		// given five videos, read two at a time
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		for (int i = 0; i < 5; i++) {
			fixtures().video(project, null, "direct_add");
		}
		ApiClient api = api(org.readKey());

		// when a video is added (and an excluded one too) after each page that has a next one
		List<Long> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			Response page = api.get("/api/v1/videos?limit=2" + ((cursor != null) ? "&cursor=" + cursor : ""));
			assertThat(page.status()).isEqualTo(200);
			seen.addAll(ids(page));
			cursor = page.meta().path("nextCursor").isNull() ? null : page.meta().path("nextCursor").asString();
			if (cursor != null) {
				fixtures().video(project, null, "auto_tracked");
				fixtures().video(project, null, "excluded");
			}
		}
		while (cursor != null && ++pages < 20);

		// then every video added before the last page was read is seen, once, in id order
		List<Long> expected = this.jdbc.queryForList(
				"select id from videos where project_id = ? and tracking_status <> 'excluded' order by id", Long.class,
				project);
		assertThat(expected).hasSize(8);
		assertThat(seen).containsExactlyElementsOf(expected);
	}

	private static List<Long> ids(Response response) {
		List<Long> ids = new ArrayList<>();
		response.data().forEach((video) -> ids.add(video.path("id").asLong()));
		return ids;
	}

}
