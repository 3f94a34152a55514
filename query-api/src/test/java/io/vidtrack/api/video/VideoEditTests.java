package io.vidtrack.api.video;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class VideoEditTests extends ApiTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theReadmeIsStoredAsNotesAndReadBackAsDescription() {
		// given
		Org org = fixtures().org("ultra");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");

		// when
		Response response = api(org.writeKey()).patch("/api/v1/videos/" + video,
				Map.of("readme", "## Brief\n- posted for the *spring* launch"));

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("id").asLong()).isEqualTo(video);
		assertThat(response.data().path("description").asString()).isEqualTo("## Brief\n- posted for the *spring* launch");
		assertThat(this.jdbc.queryForObject("select notes from videos where id = ?", String.class, video))
			.isEqualTo("## Brief\n- posted for the *spring* launch");
		assertThat(api(org.readKey()).get("/api/v1/videos/" + video).data().path("description").asString())
			.isEqualTo("## Brief\n- posted for the *spring* launch");
		// notes are not part of the video's tracked state
		assertThat(fixtures().outbox("vidtrack.video-state", video)).isEmpty();
	}

	@Test
	void anEmptyReadmeClearsTheNotesAndAnAbsentOneKeepsThem() {
		Org org = fixtures().org("ultra");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");
		api(org.writeKey()).patch("/api/v1/videos/" + video, Map.of("readme", "keep"));

		Response kept = api(org.writeKey()).patch("/api/v1/videos/" + video, Map.of("tracking_disabled", false));
		Response cleared = api(org.writeKey()).patch("/api/v1/videos/" + video, Map.of("readme", ""));

		assertThat(kept.data().path("description").asString()).isEqualTo("keep");
		assertThat(cleared.data().path("description").isNull()).isTrue();
	}

	@Test
	void disablingTrackingPublishesTheVideosStateOncePerChange() {
		// given
		Org org = fixtures().org("ultra");
		long video = fixtures().video(fixtures().project(org.id()), null, "auto_tracked");

		// when disabled twice, then enabled
		Response disabled = api(org.writeKey()).patch("/api/v1/videos/" + video, Map.of("tracking_disabled", true));
		api(org.writeKey()).patch("/api/v1/videos/" + video, Map.of("tracking_disabled", true));
		Response enabled = api(org.writeKey()).patch("/api/v1/videos/" + video, Map.of("tracking_disabled", false));

		// then
		assertThat(disabled.status()).isEqualTo(200);
		assertThat(disabled.data().path("tracking_disabled").asBoolean()).isTrue();
		assertThat(enabled.data().path("tracking_disabled").asBoolean()).isFalse();
		List<JsonNode> events = fixtures().outbox("vidtrack.video-state", video).stream().map(JSON::readTree).toList();
		assertThat(events).hasSize(2);
		assertThat(events.get(0).path("trackingDisabled").asBoolean()).isTrue();
		assertThat(events.get(0).path("counted").asBoolean()).isFalse();
		assertThat(events.get(1).path("trackingDisabled").asBoolean()).isFalse();
		assertThat(events.get(1).path("counted").asBoolean()).isTrue();
	}

	@Test
	void aBadPatchIsAnInvalidBodyAndChangesNothing() {
		// given
		Org org = fixtures().org("ultra");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");
		String path = "/api/v1/videos/" + video;

		// when
		Response wrongType = api(org.writeKey()).patch(path, "{\"tracking_disabled\": \"sometimes\"}");
		Response tooLong = api(org.writeKey()).patch(path, Map.of("readme", "x".repeat(20_001)));
		Response nothing = api(org.writeKey()).patch(path, Map.of("notes", "typo"));

		// then
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.code()).isEqualTo("invalid_body");
		assertThat(tooLong.body()).isEqualTo("""
				{"data":null,"error":"readme must be at most 20000 characters","meta":{"code":"invalid_body"}}""");
		assertThat(nothing.body()).isEqualTo("""
				{"data":null,"error":"Send readme and / or tracking_disabled","meta":{"code":"invalid_body"}}""");
		assertThat(this.jdbc.queryForMap("select notes, tracking_disabled from videos where id = ?", video))
			.containsEntry("notes", null)
			.containsEntry("tracking_disabled", false);
	}

	@Test
	void aReadmeOfExactlyTheMaximumIsKept() {
		Org org = fixtures().org("ultra");
		long video = fixtures().video(fixtures().project(org.id()), null, "direct_add");

		Response response = api(org.writeKey()).patch("/api/v1/videos/" + video, Map.of("readme", "y".repeat(20_000)));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("description").asString()).hasSize(20_000);
	}

	@Test
	void anotherOrgsOrAnExcludedVideoCannotBePatchedOrDeleted() {
		// given
		Org org = fixtures().org("ultra");
		long excluded = fixtures().video(fixtures().project(org.id()), null, "excluded");
		long theirs = fixtures().video(fixtures().project(fixtures().org("ultra").id()), null, "direct_add");

		for (long video : List.of(excluded, theirs)) {
			// when
			Response patch = api(org.writeKey()).patch("/api/v1/videos/" + video,
					Map.of("readme", "mine", "tracking_disabled", true));
			Response delete = api(org.writeKey()).delete("/api/v1/videos/" + video);

			// then
			assertThat(patch.status()).isEqualTo(404);
			assertThat(patch.body()).isEqualTo("""
					{"data":null,"error":"Video not found","meta":{"code":"not_found"}}""");
			assertThat(delete.body()).isEqualTo(patch.body());
			assertThat(this.jdbc.queryForMap("select notes, tracking_disabled from videos where id = ?", video))
				.containsEntry("notes", null)
				.containsEntry("tracking_disabled", false);
			assertThat(fixtures().outbox("vidtrack.video-state", video)).isEmpty();
		}
	}

	@Test
	void deletingAVideoRetractsItFromTheAggregatesAndDropsItsHistory() {
		// given a counted video with history, in a campaign
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long video = fixtures().video(project, null, "direct_add", 100, 10, 1, 1, 1);
		fixtures().snapshot(video, Instant.parse("2026-01-01T00:00:00Z"), 50, 5, 0, 0, 0);
		fixtures().snapshot(video, Instant.parse("2026-01-02T00:00:00Z"), 100, 10, 1, 1, 1);
		long campaign = this.jdbc.queryForObject(
				"insert into campaigns (project_id, name) values (?, 'Launch') returning id", Long.class, project);
		this.jdbc.update("insert into campaign_items (campaign_id, item_type, item_id) values (?, 'video', ?)",
				campaign, video);

		// when
		Response response = api(org.writeKey()).delete("/api/v1/videos/" + video);

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"id\":" + video + ",\"deleted\":true},\"error\":null,\"meta\":null}");
		List<String> events = fixtures().outbox("vidtrack.video-state", video);
		assertThat(events).hasSize(1);
		assertThat(JSON.readTree(events.getFirst()).path("counted").asBoolean()).isFalse();
		Map<String, Object> left = new HashMap<>(this.jdbc.queryForMap("""
				select (select count(*) from videos where id = ?) as videos,
					(select count(*) from stats_snapshots where video_id = ?) as snapshots,
					(select count(*) from campaign_items where item_type = 'video' and item_id = ?) as items""",
				video, video, video));
		assertThat(left).containsEntry("videos", 0L).containsEntry("snapshots", 0L).containsEntry("items", 0L);
		assertThat(api(org.readKey()).get("/api/v1/videos/" + video).status()).isEqualTo(404);
	}

}
