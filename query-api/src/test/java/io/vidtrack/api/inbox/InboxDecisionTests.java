package io.vidtrack.api.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class InboxDecisionTests extends ApiTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void approvingAnswersEveryIdInRequestOrderAndPublishesTheApprovedVideosAsCounted() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "picky", "selective");
		long pending = fixtures().video(project, creator, "pending_review");
		long excluded = fixtures().video(project, creator, "excluded");
		long included = fixtures().video(project, creator, "included");
		long direct = fixtures().video(project, null, "direct_add");
		long auto = fixtures().video(project, creator, "auto_tracked");
		long otherProject = fixtures().video(fixtures().project(org.id()), null, "pending_review");
		long otherOrg = fixtures().video(fixtures().project(fixtures().org("ultra").id()), null, "pending_review");

		// when
		Response response = decide(org, project, "approve", excluded, pending, included, direct, auto, otherProject,
				otherOrg, pending);

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().propertyNames()).containsExactly("results");
		assertThat(response.data().path("results").get(0).toString()).isEqualTo("""
				{"video_id":%d,"outcome":"approved","tracking_status":"included"}""".formatted(excluded));
		assertThat(outcomes(response)).containsExactly("approved", "approved", "unchanged", "not_allowed",
				"not_allowed", "not_found", "not_found", "unchanged");
		assertThat(statuses(response)).containsExactly("included", "included", "included", "direct_add",
				"auto_tracked", null, null, "included");
		assertThat(ids(response)).containsExactly(excluded, pending, included, direct, auto, otherProject, otherOrg,
				pending);
		assertThat(status(pending)).isEqualTo("included");
		assertThat(status(excluded)).isEqualTo("included");
		assertThat(status(otherProject)).isEqualTo("pending_review");
		assertThat(status(otherOrg)).isEqualTo("pending_review");
		assertThat(lastState(pending).path("counted").asBoolean()).isTrue();
		assertThat(lastState(pending).path("trackingStatus").asString()).isEqualTo("included");
		assertThat(lastState(excluded).path("counted").asBoolean()).isTrue();
		assertThat(fixtures().outbox("vidtrack.video-state", pending)).hasSize(1);
		for (long untouched : List.of(included, direct, auto, otherProject, otherOrg)) {
			assertThat(fixtures().outbox("vidtrack.video-state", untouched)).isEmpty();
		}
	}

	@Test
	void excludingRetractsTheVideoAndApprovingAgainCountsItOnceMore() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long auto = fixtures().video(project, fixtures().creator(project, "auto", "auto"), "auto_tracked");
		long pending = fixtures().video(project, null, "pending_review");
		long direct = fixtures().video(project, null, "direct_add");

		// when
		Response exclude = decide(org, project, "exclude", auto, pending, direct);
		Response again = decide(org, project, "exclude", auto);
		Response approve = decide(org, project, "approve", auto);

		// then
		assertThat(outcomes(exclude)).containsExactly("excluded", "excluded", "not_allowed");
		assertThat(statuses(exclude)).containsExactly("excluded", "excluded", "direct_add");
		assertThat(outcomes(again)).containsExactly("unchanged");
		assertThat(outcomes(approve)).containsExactly("approved");
		List<String> events = fixtures().outbox("vidtrack.video-state", auto);
		assertThat(events).hasSize(2);
		assertThat(JSON.readTree(events.get(0)).path("counted").asBoolean()).isFalse();
		assertThat(JSON.readTree(events.get(0)).path("trackingStatus").asString()).isEqualTo("excluded");
		assertThat(JSON.readTree(events.get(1)).path("counted").asBoolean()).isTrue();
		assertThat(lastState(pending).path("counted").asBoolean()).isFalse();
		assertThat(fixtures().outbox("vidtrack.video-state", direct)).isEmpty();
		assertThat(status(direct)).isEqualTo("direct_add");
	}

	@Test
	void restoringUndoesAnApprovalOrAnExclusionBackToPendingReview() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long excluded = fixtures().video(project, null, "excluded");
		long included = fixtures().video(project, null, "included");
		long pending = fixtures().video(project, null, "pending_review");
		long auto = fixtures().video(project, null, "auto_tracked");

		// when
		Response response = decide(org, project, "restore", excluded, included, pending, auto);

		// then
		assertThat(outcomes(response)).containsExactly("restored", "restored", "unchanged", "not_allowed");
		assertThat(statuses(response)).containsExactly("pending_review", "pending_review", "pending_review",
				"auto_tracked");
		assertThat(status(excluded)).isEqualTo("pending_review");
		assertThat(status(included)).isEqualTo("pending_review");
		assertThat(lastState(included).path("counted").asBoolean()).isFalse();
		assertThat(lastState(excluded).path("trackingStatus").asString()).isEqualTo("pending_review");
		assertThat(fixtures().outbox("vidtrack.video-state", auto)).isEmpty();
	}

	@Test
	void videoIdsMustHoldOneToAHundredIds() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long video = fixtures().video(project, null, "pending_review");
		List<Long> tooMany = new ArrayList<>();
		for (long i = 0; i < 101; i++) {
			tooMany.add(video + i);
		}

		// when
		Response empty = api(org.writeKey()).post("/api/v1/projects/" + project + "/inbox/approve",
				Map.of("video_ids", List.of()));
		Response missing = api(org.writeKey()).post("/api/v1/projects/" + project + "/inbox/exclude", Map.of());
		Response over = api(org.writeKey()).post("/api/v1/projects/" + project + "/inbox/restore",
				Map.of("video_ids", tooMany));
		Response words = api(org.writeKey()).post("/api/v1/projects/" + project + "/inbox/approve",
				"{\"video_ids\": [\"one\"]}");

		// then
		for (Response response : List.of(empty, missing, over)) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.body()).isEqualTo("""
					{"data":null,"error":"video_ids must hold 1 to 100 video ids","meta":{"code":"invalid_body"}}""");
		}
		assertThat(words.status()).isEqualTo(400);
		assertThat(words.code()).isEqualTo("invalid_body");
		assertThat(status(video)).isEqualTo("pending_review");
	}

	@Test
	void leavingExcludedTakesATrackedVideoPlaceOfThePlan() {
		// given a plan that tracks 2 videos, and an org tracking 2 with one more excluded
		String plan = "videos2_" + System.nanoTime();
		this.jdbc.update("""
				insert into plans select ?, max_creators_per_org, max_projects_per_org, 2, max_api_requests_per_day,
					max_manual_scrape_triggers_per_day, stats_history_retention_days, min_discover_videos_hours,
					min_video_stats_hours from plans where id = 'ultra'""", plan);
		Org org = fixtures().org(plan);
		long project = fixtures().project(org.id());
		long tracked = fixtures().video(project, null, "pending_review");
		fixtures().video(project, null, "auto_tracked");
		long excluded = fixtures().video(project, null, "excluded");

		// when
		Response full = decide(org, project, "approve", excluded, tracked);
		Response freed = decide(org, project, "exclude", tracked);
		Response restored = decide(org, project, "restore", excluded);

		// then
		assertThat(outcomes(full)).containsExactly("limit_reached", "approved");
		assertThat(statuses(full)).containsExactly("excluded", "included");
		assertThat(outcomes(freed)).containsExactly("excluded");
		assertThat(outcomes(restored)).containsExactly("restored");
		assertThat(status(excluded)).isEqualTo("pending_review");
	}

	@Test
	void aReadOnlyKeyCannotDecide() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long video = fixtures().video(project, null, "pending_review");

		// when
		Response response = api(org.readKey()).post("/api/v1/projects/" + project + "/inbox/approve",
				Map.of("video_ids", List.of(video)));

		// then
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.code()).isEqualTo("insufficient_scope");
		assertThat(status(video)).isEqualTo("pending_review");
	}

	private Response decide(Org org, long project, String action, long... videoIds) {
		List<Long> ids = new ArrayList<>();
		for (long id : videoIds) {
			ids.add(id);
		}
		return api(org.writeKey()).post("/api/v1/projects/" + project + "/inbox/" + action,
				Map.of("video_ids", ids));
	}

	private String status(long videoId) {
		return this.jdbc.queryForObject("select tracking_status from videos where id = ?", String.class, videoId);
	}

	private JsonNode lastState(long videoId) {
		List<String> events = fixtures().outbox("vidtrack.video-state", videoId);
		assertThat(events).as("video-state events of " + videoId).isNotEmpty();
		return JSON.readTree(events.getLast());
	}

	private static List<String> outcomes(Response response) {
		return response.data().path("results").values().stream().map((r) -> r.path("outcome").asString()).toList();
	}

	private static List<String> statuses(Response response) {
		return response.data().path("results").values().stream()
			.map((r) -> r.path("tracking_status").isNull() ? null : r.path("tracking_status").asString())
			.toList();
	}

	private static List<Long> ids(Response response) {
		return response.data().path("results").values().stream().map((r) -> r.path("video_id").asLong()).toList();
	}

}
