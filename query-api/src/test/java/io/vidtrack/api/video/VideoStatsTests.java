package io.vidtrack.api.video;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VideoStatsTests extends ApiTestBase {

	@Test
	void theHistoryHoldsEverySnapshotOldestFirst() {
		// given a photo post whose last capture showed no views
		Org org = fixtures().org("ultra");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");
		fixtures().snapshot(video, Instant.parse("2025-03-02T10:00:00Z"), 100, 10, 1, 2, 3);
		fixtures().snapshot(video, Instant.parse("2025-03-01T10:00:00Z"), 50, 5, 0, 1, 0);
		this.jdbc.update("""
				insert into stats_snapshots (video_id, captured_at, views, likes, comments, shares, saves)
				values (?, timestamptz '2025-03-03T10:00:00Z', null, 12, 1, 2, 3)""", video);

		// when
		Response response = api(org.readKey()).get("/api/v1/videos/" + video + "/stats");

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().propertyNames()).containsExactly("video_id", "snapshots");
		assertThat(response.data().path("video_id").asLong()).isEqualTo(video);
		JsonNode snapshots = response.data().path("snapshots");
		assertThat(snapshots).hasSize(3);
		assertThat(snapshots.get(0).propertyNames()).containsExactly("captured_at", "view_count", "like_count",
				"comment_count", "share_count", "save_count");
		assertThat(snapshots.get(0).path("captured_at").asString()).isEqualTo("2025-03-01T10:00:00Z");
		assertThat(snapshots.get(0).path("view_count").asLong()).isEqualTo(50);
		assertThat(snapshots.get(1).path("captured_at").asString()).isEqualTo("2025-03-02T10:00:00Z");
		assertThat(snapshots.get(1).path("like_count").asLong()).isEqualTo(10);
		assertThat(snapshots.get(1).path("comment_count").asLong()).isEqualTo(1);
		assertThat(snapshots.get(1).path("share_count").asLong()).isEqualTo(2);
		assertThat(snapshots.get(1).path("save_count").asLong()).isEqualTo(3);
		assertThat(snapshots.get(2).path("view_count").isNull()).isTrue();
		assertThat(snapshots.get(2).path("like_count").asLong()).isEqualTo(12);
	}

	@Test
	void fromAndToBoundTheSnapshotsByDayInTheOrgsTimeZone() {
		// given an org in New York (UTC-5 in early March)
		Org org = fixtures().org("ultra", "America/New_York");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");
		fixtures().snapshot(video, Instant.parse("2025-03-02T04:59:00Z"), 1, 0, 0, 0, 0); // March 1st, 23:59
		fixtures().snapshot(video, Instant.parse("2025-03-03T03:00:00Z"), 2, 0, 0, 0, 0); // March 2nd, 22:00
		fixtures().snapshot(video, Instant.parse("2025-03-03T05:00:00Z"), 3, 0, 0, 0, 0); // March 3rd, 00:00

		// when
		Response response = api(org.readKey())
			.get("/api/v1/videos/" + video + "/stats?from=2025-03-02&to=2025-03-02");

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(viewCounts(response.data().path("snapshots"))).containsExactly(2L);
	}

	@Test
	void theEngagementRateIsGainedEngagementOverGainedViewsPerDay() {
		// given
		Org org = fixtures().org("ultra");
		long video = metricVideo(org);

		// when
		Response response = api(org.readKey())
			.get("/api/v1/videos/" + video + "/stats?metric=engagement_rate_by_views&from=2025-03-01&to=2025-03-05");

		// then
		assertThat(response.status()).isEqualTo(200);
		JsonNode data = response.data();
		assertThat(data.propertyNames()).containsExactly("video_id", "metric", "from", "to", "series");
		assertThat(data.path("video_id").asLong()).isEqualTo(video);
		assertThat(data.path("metric").asString()).isEqualTo("engagement_rate_by_views");
		assertThat(data.path("from").asString()).isEqualTo("2025-03-01");
		assertThat(data.path("to").asString()).isEqualTo("2025-03-05");
		assertThat(dates(data.path("series")))
			.containsExactly("2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04", "2025-03-05");
		JsonNode series = data.path("series");
		// before the baseline nothing is gained; on its day, what the second capture added to it
		assertThat(series.get(0).path("value").isNull()).isTrue();
		assertThat(series.get(1).path("value").asDouble()).isEqualTo(10.0);
		assertThat(series.get(2).path("value").asDouble()).isEqualTo(20.0);
		assertThat(series.get(3).path("value").isNull()).isTrue();
		assertThat(series.get(4).path("value").isNull()).isTrue();
	}

	@Test
	void theGrowthRateComparesEachDaysClosingViewsWithTheDayBefore() {
		// given
		Org org = fixtures().org("ultra");
		long video = metricVideo(org);

		// when
		Response response = api(org.readKey())
			.get("/api/v1/videos/" + video + "/stats?metric=growth_rate_pop&from=2025-03-01&to=2025-03-05");

		// then
		JsonNode series = response.data().path("series");
		assertThat(series).hasSize(5);
		assertThat(series.get(0).path("value").isNull()).isTrue();
		assertThat(series.get(1).path("value").isNull()).isTrue();
		assertThat(series.get(2).path("value").asDouble()).isCloseTo(66.6667, within(0.001));
		assertThat(series.get(3).path("value").asDouble()).isEqualTo(0.0);
		assertThat(series.get(4).path("value").asDouble()).isEqualTo(0.0);
	}

	@Test
	void aRangeAfterTheBaselineGainsFromTheLastSnapshotBeforeIt() {
		Org org = fixtures().org("ultra");
		long video = metricVideo(org);

		Response engagement = api(org.readKey())
			.get("/api/v1/videos/" + video + "/stats?metric=engagement_rate_by_views&from=2025-03-03&to=2025-03-03");
		Response growth = api(org.readKey())
			.get("/api/v1/videos/" + video + "/stats?metric=growth_rate_pop&from=2025-03-03&to=2025-03-03");

		assertThat(engagement.data().path("series").get(0).path("value").asDouble()).isEqualTo(20.0);
		assertThat(growth.data().path("series").get(0).path("value").asDouble()).isCloseTo(66.6667, within(0.001));
	}

	@Test
	void aMetricWithoutDatesCoversTheLast30DaysOfTheOrg() {
		Org org = fixtures().org("ultra", "Asia/Tokyo");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");

		Response response = api(org.readKey()).get("/api/v1/videos/" + video + "/stats?metric=growth_rate_pop");

		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("to").asString()).isEqualTo(today.toString());
		assertThat(response.data().path("from").asString()).isEqualTo(today.minusDays(29).toString());
		assertThat(response.data().path("series")).hasSize(30);
	}

	@Test
	void anUnknownMetricIsAnInvalidQuery() {
		Org org = fixtures().org("ultra");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");

		Response response = api(org.readKey()).get("/api/v1/videos/" + video + "/stats?metric=views_per_hour");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("""
				{"data":null,"error":"metric must be engagement_rate_by_views or growth_rate_pop, or absent for the \
				snapshots","meta":{"code":"invalid_query"}}""");
	}

	@Test
	void aFromOlderThanThePlansRetentionIsRefusedWith402() {
		// given a starter org, which keeps 365 days
		Org org = fixtures().org("starter");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");
		String from = LocalDate.now(ZoneOffset.UTC).minusDays(400).toString();

		// when
		Response snapshots = api(org.readKey()).get("/api/v1/videos/" + video + "/stats?from=" + from);
		Response series = api(org.readKey())
			.get("/api/v1/videos/" + video + "/stats?metric=growth_rate_pop&from=" + from);

		// then
		assertThat(snapshots.status()).isEqualTo(402);
		assertThat(snapshots.code()).isEqualTo("retention_exceeded");
		assertThat(snapshots.meta().path("retentionDays").asInt()).isEqualTo(365);
		assertThat(series.status()).isEqualTo(402);
		assertThat(series.code()).isEqualTo("retention_exceeded");
	}

	@Test
	void aBadDateIsAnInvalidQuery() {
		Org org = fixtures().org("ultra");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");

		Response response = api(org.readKey()).get("/api/v1/videos/" + video + "/stats?from=03/01/2025");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.code()).isEqualTo("invalid_query");
	}

	@Test
	void anotherOrgsOrAnExcludedVideoHasNoStats() {
		// given
		Org org = fixtures().org("ultra");
		long excluded = fixtures().video(fixtures().project(org.id()), null, "excluded");
		fixtures().snapshot(excluded, Instant.parse("2025-03-01T00:00:00Z"), 1, 1, 1, 1, 1);
		long theirs = fixtures().video(fixtures().project(fixtures().org("ultra").id()), null, "direct_add");
		fixtures().snapshot(theirs, Instant.parse("2025-03-01T00:00:00Z"), 1, 1, 1, 1, 1);

		for (long video : List.of(excluded, theirs)) {
			// when
			Response snapshots = api(org.readKey()).get("/api/v1/videos/" + video + "/stats");
			Response series = api(org.readKey()).get("/api/v1/videos/" + video + "/stats?metric=growth_rate_pop");

			// then
			assertThat(snapshots.status()).isEqualTo(404);
			assertThat(snapshots.body()).isEqualTo("""
					{"data":null,"error":"Video not found","meta":{"code":"not_found"}}""");
			assertThat(series.body()).isEqualTo(snapshots.body());
		}
	}

	// baseline on March 2nd, a second capture that day, one on the 3rd, none on the 4th, one on the 5th
	private long metricVideo(Org org) {
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");
		fixtures().snapshot(video, Instant.parse("2025-03-02T10:00:00Z"), 100, 10, 0, 0, 0);
		fixtures().snapshot(video, Instant.parse("2025-03-02T20:00:00Z"), 150, 15, 0, 0, 0);
		fixtures().snapshot(video, Instant.parse("2025-03-03T12:00:00Z"), 250, 20, 15, 0, 0);
		fixtures().snapshot(video, Instant.parse("2025-03-05T08:00:00Z"), 250, 25, 15, 0, 0);
		return video;
	}

	private static List<Long> viewCounts(JsonNode snapshots) {
		List<Long> views = new ArrayList<>();
		snapshots.forEach((snapshot) -> views.add(snapshot.path("view_count").asLong()));
		return views;
	}

	private static List<String> dates(JsonNode series) {
		List<String> dates = new ArrayList<>();
		series.forEach((point) -> dates.add(point.path("date").asString()));
		return dates;
	}

}
