package io.vidtrack.api.analytics;

import java.util.ArrayList;
import java.util.List;

import io.vidtrack.api.testsupport.ApiClient;
import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;


import static org.assertj.core.api.Assertions.assertThat;

class LeaderboardTests extends ApiTestBase {

	@Test
	void countedVideosRankByViewsDescendingThenIdAcrossPages() {
		// given counted videos (one a photo post without views) and videos that are not counted
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long top = fixtures().video(project, null, "auto_tracked", 500, 1, 0, 0, 0);
		long tiedFirst = fixtures().video(project, null, "included", 300, 9, 0, 0, 0);
		long tiedSecond = fixtures().video(project, null, "direct_add", 300, 2, 0, 0, 0);
		long photo = fixtures().video(project, null, "direct_add", 0, 3, 0, 0, 0);
		this.jdbc.update("update videos set view_count = null, is_photo = true where id = ?", photo);
		long last = fixtures().video(project, null, "direct_add", 1, 0, 0, 0, 0);
		fixtures().video(project, null, "excluded", 9000, 0, 0, 0, 0);
		fixtures().video(project, null, "pending_review", 8000, 0, 0, 0, 0);
		long disabled = fixtures().video(project, null, "direct_add", 7000, 0, 0, 0, 0);
		this.jdbc.update("update videos set tracking_disabled = true where id = ?", disabled);
		ApiClient api = api(org.readKey());

		// when
		List<Long> ranked = new ArrayList<>();
		String cursor = "";
		int pages = 0;
		do {
			Response page = api.get("/api/v1/analytics/leaderboard?project_id=" + project + "&limit=2" + cursor);
			assertThat(page.status()).isEqualTo(200);
			page.data().forEach((video) -> ranked.add(video.path("id").asLong()));
			JsonNode next = page.meta().path("nextCursor");
			cursor = next.isNull() ? null : "&cursor=" + next.asString();
			pages++;
		}
		while (cursor != null);

		// then
		assertThat(ranked).containsExactly(top, tiedFirst, tiedSecond, last, photo);
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void aLeaderboardRowIsTheV1VideoObject() {
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long video = fixtures().video(project, null, "direct_add", 10, 2, 3, 4, 5);

		Response response = api(org.readKey()).get("/api/v1/analytics/leaderboard?project_id=" + project);

		JsonNode row = response.data().get(0);
		List<String> names = new ArrayList<>();
		row.propertyNames().forEach(names::add);
		assertThat(names).containsExactly("id", "project_id", "creator_id", "tiktok_video_id", "url", "title",
				"thumbnail_url", "posted_at", "is_photo", "tracking_status", "tracking_disabled", "view_count",
				"like_count", "comment_count", "share_count", "save_count", "last_scraped_at", "description");
		assertThat(row.path("id").asLong()).isEqualTo(video);
		assertThat(row.path("save_count").asLong()).isEqualTo(5);
		assertThat(response.meta().toString()).isEqualTo("{\"nextCursor\":null,\"limit\":50}");
	}

	@Test
	void theOrgWideBoardMergesItsProjectsByTheChosenMetricAndShowsNoOtherOrg() {
		// given two projects of the org and another org's video with more likes
		Org org = fixtures().org("ultra");
		long first = fixtures().project(org.id());
		long second = fixtures().project(org.id());
		long a = fixtures().video(first, null, "direct_add", 0, 30, 0, 0, 0);
		long b = fixtures().video(second, null, "direct_add", 0, 50, 0, 0, 0);
		long c = fixtures().video(first, null, "direct_add", 0, 40, 0, 0, 0);
		long d = fixtures().video(second, null, "direct_add", 0, 10, 0, 0, 0);
		fixtures().video(fixtures().project(fixtures().org("ultra").id()), null, "direct_add", 0, 99, 0, 0, 0);
		ApiClient api = api(org.readKey());

		// when
		Response page1 = api.get("/api/v1/analytics/leaderboard?metric=likes&limit=3");
		Response page2 = api.get("/api/v1/analytics/leaderboard?metric=likes&limit=3&cursor="
				+ page1.meta().path("nextCursor").asString());

		// then
		assertThat(ids(page1.data())).containsExactly(b, c, a);
		assertThat(ids(page2.data())).containsExactly(d);
		assertThat(page2.meta().path("nextCursor").isNull()).isTrue();
	}

	@Test
	void badParametersAreInvalidQueryAndAnotherOrgsProjectIs404() {
		// given
		Org org = fixtures().org("ultra");
		long theirs = fixtures().project(fixtures().org("ultra").id());
		fixtures().video(theirs, null, "direct_add", 10, 0, 0, 0, 0);
		ApiClient api = api(org.readKey());

		// when
		Response metric = api.get("/api/v1/analytics/leaderboard?metric=followers");
		Response cursor = api.get("/api/v1/analytics/leaderboard?cursor=bm90LWEtY3Vyc29y");
		Response foreign = api.get("/api/v1/analytics/leaderboard?project_id=" + theirs);

		// then
		assertThat(metric.status()).isEqualTo(400);
		assertThat(metric.body()).isEqualTo("""
				{"data":null,"error":"metric must be one of views, likes, comments, shares, saves","meta":{"code":"invalid_query"}}""");
		assertThat(cursor.code()).isEqualTo("invalid_query");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.body()).isEqualTo("""
				{"data":null,"error":"Project not found","meta":{"code":"not_found"}}""");
	}

	@Test
	void aViewsPageIsOneIndexRangeScanWithoutASortOfTheProjectsVideos() {
		// when the planner may not fall back to reading the table
		String plan = planOf(LeaderboardMetric.VIEWS.projectSql(), 1L, 1L, -100L, 5L, 51);
		String orgPlan = planOf(LeaderboardMetric.VIEWS.orgSql(), -100L, 5L, 51, 1L, 51);

		// then
		assertThat(plan).contains("Index Scan using videos_leaderboard_views_idx").doesNotContain("Sort");
		assertThat(plan).containsPattern("Index Cond: .*ROW\\(\\(- COALESCE");
		assertThat(orgPlan).contains("Index Scan using videos_leaderboard_views_idx");
	}

	private static List<Long> ids(JsonNode rows) {
		List<Long> ids = new ArrayList<>();
		rows.forEach((row) -> ids.add(row.path("id").asLong()));
		return ids;
	}

}
