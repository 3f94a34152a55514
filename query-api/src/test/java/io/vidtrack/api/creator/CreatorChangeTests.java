package io.vidtrack.api.creator;

import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CreatorChangeTests extends ApiTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aModeChangePublishesTheCreatorsStateAndVideosKeepTheirStatuses() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "switcher", "auto");
		long video = fixtures().video(project, creator, "auto_tracked");

		// when
		Response response = api(org.writeKey()).patch("/api/v1/creators/" + creator,
				Map.of("tracking_mode", "selective", "readme", "now reviewed", "display_name", "Switch"));

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.data().path("tracking_mode").asString()).isEqualTo("selective");
		assertThat(response.data().path("description").asString()).isEqualTo("now reviewed");
		assertThat(response.data().path("display_name").asString()).isEqualTo("Switch");
		assertThat(response.data().path("tracking_start_date").asString()).isEqualTo("2020-01-01");
		assertThat(fixtures().outbox("vidtrack.creator-state", creator)).singleElement()
			.satisfies((payload) -> assertThat(JSON.readTree(payload).path("trackingMode").asString())
				.isEqualTo("selective"));
		assertThat(this.jdbc.queryForObject("select tracking_status from videos where id = ?", String.class, video))
			.isEqualTo("auto_tracked");
		assertThat(fixtures().outbox("vidtrack.video-state", video)).isEmpty();
		assertThat(this.jdbc.queryForObject("select discovery_requested_at is null from creators where id = ?",
				Boolean.class, creator)).isTrue();
	}

	@Test
	void aDisplayNameSetThroughTheApiIsMarkedAsTheTeamsAndClearingItHandsItBackToTikTok() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "named", "auto");

		// when
		api(org.writeKey()).patch("/api/v1/creators/" + creator, Map.of("display_name", "Our Name"));
		Boolean setAfterName = displayNameSet(creator);
		api(org.writeKey()).patch("/api/v1/creators/" + creator, Map.of("readme", "notes only"));
		Boolean setAfterNotes = displayNameSet(creator);
		Response cleared = api(org.writeKey()).patch("/api/v1/creators/" + creator, Map.of("display_name", ""));

		// then: discovery leaves a set name alone (ingest's DiscoveryWriterTests), and takes a cleared one back
		assertThat(setAfterName).isTrue();
		assertThat(setAfterNotes).isTrue();
		assertThat(cleared.data().path("display_name").isNull()).isTrue();
		assertThat(displayNameSet(creator)).isFalse();
	}

	private Boolean displayNameSet(long creator) {
		return this.jdbc.queryForObject("select display_name_set from creators where id = ?", Boolean.class, creator);
	}

	@Test
	void aNewStartDateQueuesADiscoveryAndNotesAloneDoNot() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long dated = fixtures().creator(project, "dated", "auto");
		long noted = fixtures().creator(project, "noted", "auto");

		// when
		Response date = api(org.writeKey()).patch("/api/v1/creators/" + dated,
				Map.of("tracking_start_date", "2025-06-01"));
		Response notes = api(org.writeKey()).patch("/api/v1/creators/" + noted, Map.of("readme", "# Notes"));

		// then
		assertThat(date.data().path("tracking_start_date").asString()).isEqualTo("2025-06-01");
		assertThat(notes.data().path("description").asString()).isEqualTo("# Notes");
		assertThat(this.jdbc.queryForObject("select discovery_requested_at is not null from creators where id = ?",
				Boolean.class, dated)).isTrue();
		assertThat(this.jdbc.queryForObject("select discovery_requested_at is null from creators where id = ?",
				Boolean.class, noted)).isTrue();
		assertThat(fixtures().outbox("vidtrack.creator-state", dated)).isEmpty();
		assertThat(fixtures().outbox("vidtrack.creator-state", noted)).isEmpty();
	}

	@Test
	void aBadPatchIsAnInvalidBodyAndAForeignCreatorIs404() {
		// given
		Org org = fixtures().org("ultra");
		long mine = fixtures().creator(fixtures().project(org.id()), "mine", "auto");
		long theirs = fixtures().creator(fixtures().project(fixtures().org("ultra").id()), "theirs", "auto");

		// when
		Response mode = api(org.writeKey()).patch("/api/v1/creators/" + mine, Map.of("tracking_mode", "manual"));
		Response date = api(org.writeKey()).patch("/api/v1/creators/" + mine,
				Map.of("tracking_start_date", "2025-02-30"));
		Response foreign = api(org.writeKey()).patch("/api/v1/creators/" + theirs,
				Map.of("tracking_mode", "selective"));

		// then
		assertThat(mode.status()).isEqualTo(400);
		assertThat(mode.body()).isEqualTo("""
				{"data":null,"error":"tracking_mode must be auto or selective","meta":{"code":"invalid_body"}}""");
		assertThat(date.code()).isEqualTo("invalid_body");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.code()).isEqualTo("not_found");
		assertThat(this.jdbc.queryForObject("select tracking_mode from creators where id = ?", String.class, theirs))
			.isEqualTo("auto");
		assertThat(fixtures().outbox("vidtrack.creator-state", theirs)).isEmpty();
	}

	@Test
	void deletingACreatorDeactivatesItRemovesItsVideosAndItsCampaignItems() {
		// given a creator with a counted video, both campaign items, and a video of another creator in the campaign
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "leaving", "auto");
		long video = fixtures().video(project, creator, "auto_tracked", 10, 1, 0, 0, 0);
		long keeper = fixtures().video(project, fixtures().creator(project, "staying", "auto"), "auto_tracked");
		long campaign = this.jdbc.queryForObject(
				"insert into campaigns (project_id, name) values (?, 'Launch') returning id", Long.class, project);
		this.jdbc.update("""
				insert into campaign_items (campaign_id, item_type, item_id)
				values (?, 'creator', ?), (?, 'video', ?), (?, 'video', ?)""", campaign, creator, campaign, video,
				campaign, keeper);

		// when
		Response response = api(org.writeKey()).delete("/api/v1/creators/" + creator);

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("""
				{"data":{"id":%d,"deleted":true},"error":null,"meta":null}""".formatted(creator));
		assertThat(this.jdbc.queryForMap("select active, discovery_requested_at from creators where id = ?", creator))
			.containsEntry("active", false)
			.containsEntry("discovery_requested_at", null);
		assertThat(this.jdbc.queryForObject("select count(*) from videos where creator_id = ?", Long.class, creator))
			.isZero();
		assertThat(this.jdbc.queryForList(
				"select item_type || ':' || item_id from campaign_items where campaign_id = ?", String.class, campaign)).containsExactly("video:" + keeper);
		assertThat(JSON.readTree(fixtures().outbox("vidtrack.creator-state", creator).getLast()).path("active")
			.asBoolean()).isFalse();
		assertThat(JSON.readTree(fixtures().outbox("vidtrack.video-state", video).getLast()).path("counted")
			.asBoolean()).isFalse();
		assertThat(JSON.readTree(fixtures().outbox("vidtrack.creator-campaigns", creator).getLast())
			.path("campaignIds")
			.isEmpty()).isTrue();
		assertThat(JSON.readTree(fixtures().outbox("vidtrack.video-campaigns", video).getLast()).path("campaignIds")
			.isEmpty()).isTrue();
		assertThat(fixtures().outbox("vidtrack.video-campaigns", keeper)).isEmpty();
		assertThat(api(org.readKey()).get("/api/v1/creators/" + creator).status()).isEqualTo(404);
	}

	@Test
	void aDeletedCreatorsHandleCanBeAddedAgainAndItsPlaceIsFree() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "again", "auto");

		// when
		Response delete = api(org.writeKey()).delete("/api/v1/creators/" + creator);
		Response twice = api(org.writeKey()).delete("/api/v1/creators/" + creator);
		Response added = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("handle", "Again"));

		// then
		assertThat(delete.status()).isEqualTo(200);
		assertThat(twice.status()).isEqualTo(404);
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.data().path("id").asLong()).isNotEqualTo(creator);
		assertThat(this.jdbc.queryForObject("select count(*) from creators where project_id = ? and active",
				Long.class, project)).isOne();
	}

	@Test
	void aForeignCreatorCannotBeDeleted() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(fixtures().org("ultra").id());
		long theirs = fixtures().creator(project, "theirs", "auto");
		long video = fixtures().video(project, theirs, "auto_tracked");

		// when
		Response response = api(org.writeKey()).delete("/api/v1/creators/" + theirs);

		// then
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select active from creators where id = ?", Boolean.class, theirs))
			.isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from videos where id = ?", Long.class, video)).isOne();
		assertThat(fixtures().outbox("vidtrack.video-state", video)).isEmpty();
	}

}
