package io.vidtrack.api.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.api.testsupport.ApiClient;
import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsTests extends ApiTestBase {

	private static final LocalDate JAN_1 = LocalDate.parse("2026-01-01");

	@Test
	void newModeServesEachDaysGainsFromAggregateDailyZeroFilled() {
		// given a project with rows on Jan 1 and Jan 3, and a baseline that new mode does not show
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		fixtures().daily("project", project, JAN_1, 2, 10, 1, 5000);
		fixtures().daily("project", project, JAN_1.plusDays(2), 0, 5, 0, 0);

		// when
		Response response = api(org.readKey())
			.get("/api/v1/analytics?entity=project&entity_id=" + project + "&metric=views&mode=new&from=2026-01-01&to=2026-01-04");

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"entity\":\"project\",\"entity_id\":" + project
				+ ",\"metric\":\"views\",\"mode\":\"new\",\"from\":\"2026-01-01\",\"to\":\"2026-01-04\",\"series\":["
				+ "{\"date\":\"2026-01-01\",\"value\":10},{\"date\":\"2026-01-02\",\"value\":0},"
				+ "{\"date\":\"2026-01-03\",\"value\":5},{\"date\":\"2026-01-04\",\"value\":0}]},"
				+ "\"error\":null,\"meta\":null}");
	}

	@Test
	void cumulativeModeCountsEveryDayBeforeFromAndTheBaselines() {
		// given a creator with history before the range (gains and a baseline) and gains inside it
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "jules", "auto");
		fixtures().daily("creator", creator, JAN_1.minusDays(10), 1, 0, 0, 1000);
		fixtures().daily("creator", creator, JAN_1.minusDays(3), 0, 200, 0, 0);
		fixtures().daily("creator", creator, JAN_1.plusDays(1), 1, 50, 0, 300);

		// when
		Response views = series(org, "creator", creator, "views", "cumulative", "2026-01-01", "2026-01-03");
		Response posts = series(org, "creator", creator, "videos", "cumulative", "2026-01-01", "2026-01-03");

		// then
		assertThat(values(views)).containsExactly("1200", "1550", "1550");
		assertThat(values(posts)).containsExactly("1", "2", "2");
	}

	@Test
	void aCampaignsSeriesAndItsDerivedMetricsComeFromItsRows() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long campaign = this.jdbc.queryForObject("insert into campaigns (project_id, name) values (?, 'C') returning id",
				Long.class, project);
		fixtures().daily("campaign", campaign, JAN_1, 0, 0, 0, 100);
		fixtures().daily("campaign", campaign, JAN_1.plusDays(1), 0, 100, 10, 0);
		fixtures().daily("campaign", campaign, JAN_1.plusDays(2), 0, 0, 20, 0);

		// when
		Response engagementNew = series(org, "campaign", campaign, "engagement_rate_by_views", "new", "2026-01-01",
				"2026-01-03");
		Response engagementTotal = series(org, "campaign", campaign, "engagement_rate_by_views", "cumulative",
				"2026-01-01", "2026-01-03");
		Response growth = series(org, "campaign", campaign, "growth_rate_pop", "new", "2026-01-01", "2026-01-03");
		Response likes = series(org, "campaign", campaign, "likes", "new", "2026-01-01", "2026-01-03");

		// then
		assertThat(values(engagementNew)).containsExactly("null", "10.0", "null");
		assertThat(values(engagementTotal)).containsExactly("0.0", "5.0", "15.0");
		assertThat(values(growth)).containsExactly("null", "100.0", "0.0");
		assertThat(values(likes)).containsExactly("0", "10", "20");
	}

	@Test
	void csvIsOneLinePerDayWithAnEmptyValueWhereARateIsUndefined() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		fixtures().daily("project", project, JAN_1, 0, 40, 10, 0);
		ApiClient api = api(org.readKey());
		String query = "/api/v1/analytics?entity=project&entity_id=" + project + "&from=2026-01-01&to=2026-01-02&format=csv";

		// when
		Response views = api.get(query);
		Response rates = api.get(query + "&metric=engagement_rate_by_views");

		// then
		assertThat(views.status()).isEqualTo(200);
		assertThat(views.header("Content-Type")).startsWith("text/csv");
		assertThat(views.body()).isEqualTo("date,value\n2026-01-01,40\n2026-01-02,0\n");
		assertThat(rates.body()).isEqualTo("date,value\n2026-01-01,25.0\n2026-01-02,\n");
	}

	@Test
	void aVideosSeriesComesFromItsSnapshotsInTheOrgsTimeZone() {
		// given a New York org (UTC-5 in January) and a snapshot at 23:30 local on Jan 10 (04:30 UTC on Jan 11)
		Org org = fixtures().org("ultra", "America/New_York");
		long project = fixtures().project(org.id());
		long video = fixtures().video(project, null, "direct_add");
		this.jdbc.update("update videos set posted_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.parse("2026-01-09T12:00:00Z")), video);
		fixtures().snapshot(video, Instant.parse("2026-01-09T17:00:00Z"), 100, 1, 0, 0, 0);
		fixtures().snapshot(video, Instant.parse("2026-01-11T04:30:00Z"), 150, 2, 0, 0, 0);
		fixtures().snapshot(video, Instant.parse("2026-01-11T17:00:00Z"), 180, 4, 0, 0, 0);
		fixtures().snapshot(video, Instant.parse("2026-01-13T14:00:00Z"), 200, 5, 0, 0, 0);

		// when
		Response fresh = series(org, "video", video, "views", "new", "2026-01-10", "2026-01-13");
		Response total = series(org, "video", video, "views", "cumulative", "2026-01-10", "2026-01-13");
		Response fromBaseline = series(org, "video", video, "views", "new", "2026-01-09", "2026-01-10");

		// then
		assertThat(fresh.status()).isEqualTo(200);
		assertThat(fresh.data().path("entity").asString()).isEqualTo("video");
		assertThat(values(fresh)).containsExactly("50", "30", "0", "20");
		assertThat(values(total)).containsExactly("150", "180", "180", "200");
		assertThat(values(fromBaseline)).containsExactly("0", "50");
	}

	@Test
	void anExcludedVideoOrAnotherOrgsEntityIs404() {
		// given
		Org org = fixtures().org("ultra");
		Org other = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long excluded = fixtures().video(project, null, "excluded");
		long theirProject = fixtures().project(other.id());
		long theirCreator = fixtures().creator(theirProject, "kim", "auto");
		fixtures().daily("project", theirProject, JAN_1, 0, 10, 0, 0);

		// when
		Response video = series(org, "video", excluded, "views", "new", "2026-01-01", "2026-01-02");
		Response foreignProject = series(org, "project", theirProject, "views", "new", "2026-01-01", "2026-01-02");
		Response foreignCreator = series(org, "creator", theirCreator, "views", "new", "2026-01-01", "2026-01-02");

		// then
		assertThat(video.status()).isEqualTo(404);
		assertThat(video.body()).isEqualTo("""
				{"data":null,"error":"Video not found","meta":{"code":"not_found"}}""");
		assertThat(foreignProject.body()).isEqualTo("""
				{"data":null,"error":"Project not found","meta":{"code":"not_found"}}""");
		assertThat(foreignCreator.status()).isEqualTo(404);
	}

	@Test
	void unknownOrMissingParametersAreInvalidQuery() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		ApiClient api = api(org.readKey());
		String base = "/api/v1/analytics?entity_id=" + project + "&entity=";

		// when
		Response entity = api.get(base + "hashtag");
		Response metric = api.get(base + "project&metric=followers");
		Response mode = api.get(base + "project&mode=weekly");
		Response format = api.get(base + "project&format=xml");
		Response missingId = api.get("/api/v1/analytics?entity=project");
		Response missingEntity = api.get("/api/v1/analytics?entity_id=" + project);
		Response badDate = api.get(base + "project&from=01/01/2026");

		// then
		assertThat(entity.status()).isEqualTo(400);
		assertThat(entity.body()).isEqualTo("""
				{"data":null,"error":"entity must be project, creator, campaign or video","meta":{"code":"invalid_query"}}""");
		assertThat(metric.body()).isEqualTo("{\"data\":null,\"error\":\"metric must be one of views, likes, comments, "
				+ "shares, saves, videos, engagement_rate_by_views, growth_rate_pop\",\"meta\":{\"code\":\"invalid_query\"}}");
		assertThat(mode.body()).isEqualTo("""
				{"data":null,"error":"mode must be new or cumulative","meta":{"code":"invalid_query"}}""");
		assertThat(format.body()).isEqualTo("""
				{"data":null,"error":"format must be json or csv","meta":{"code":"invalid_query"}}""");
		assertThat(missingId.body()).isEqualTo("""
				{"data":null,"error":"entity_id is required","meta":{"code":"invalid_query"}}""");
		assertThat(missingEntity.code()).isEqualTo("invalid_query");
		assertThat(badDate.code()).isEqualTo("invalid_query");
	}

	@Test
	void askingFurtherBackThanThePlansRetentionIs402() {
		// given an org on a plan with the free plan's 30-day retention (the free plan itself allows no API calls)
		Org org = fixtures().org(freeRetentionWithApiAccess());
		long project = fixtures().project(org.id());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		// when
		Response old = series(org, "project", project, "views", "new", today.minusDays(60).toString(), null);
		Response recent = series(org, "project", project, "views", "new", today.minusDays(20).toString(), null);

		// then
		assertThat(old.status()).isEqualTo(402);
		assertThat(old.body()).isEqualTo("{\"data\":null,\"error\":\"The plan keeps 30 days of stats history; ask "
				+ "for a later from date\",\"meta\":{\"code\":\"retention_exceeded\",\"retentionDays\":30}}");
		assertThat(recent.status()).isEqualTo(200);
		assertThat(recent.data().path("series")).hasSize(21);
	}

	@Test
	void theDefaultRangeIsTheLast30DaysOfViewsInNewMode() {
		Org org = fixtures().org("starter");
		long project = fixtures().project(org.id());

		Response response = api(org.readKey()).get("/api/v1/analytics?entity=project&entity_id=" + project);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("metric").asString()).isEqualTo("views");
		assertThat(response.data().path("mode").asString()).isEqualTo("new");
		assertThat(response.data().path("to").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
		assertThat(response.data().path("series")).hasSize(30);
	}

	private Response series(Org org, String entity, long id, String metric, String mode, String from, String to) {
		return api(org.readKey()).get("/api/v1/analytics?entity=" + entity + "&entity_id=" + id + "&metric=" + metric
				+ "&mode=" + mode + "&from=" + from + ((to != null) ? "&to=" + to : ""));
	}

	private String freeRetentionWithApiAccess() {
		this.jdbc.update("""
				insert into plans (id, max_creators_per_org, max_projects_per_org, max_tracked_videos_per_org,
					max_api_requests_per_day, max_manual_scrape_triggers_per_day, stats_history_retention_days,
					min_discover_videos_hours, min_video_stats_hours)
				select 'free_with_api', max_creators_per_org, max_projects_per_org, max_tracked_videos_per_org, 1000,
					max_manual_scrape_triggers_per_day, stats_history_retention_days, min_discover_videos_hours,
					min_video_stats_hours
				from plans where id = 'free'
				on conflict (id) do nothing""");
		return "free_with_api";
	}

	private static List<String> values(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> values = new ArrayList<>();
		for (JsonNode point : response.data().path("series")) {
			values.add(point.path("value").toString());
		}
		return values;
	}

}
