package io.vidtrack.api.creator;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

class CreatorAddTests extends ApiTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anAddedCreatorIsAnsweredWith201ItsExactFieldsAndQueuesItsDiscovery() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("handle", "@Dance.Queen_1", "tracking_mode", "selective", "tracking_start_date", "2026-01-15",
						"readme", "Signed *in March*"));

		// then
		assertThat(response.status()).isEqualTo(201);
		JsonNode data = response.data();
		assertThat(data.propertyNames()).containsExactly("id", "project_id", "tiktok_handle", "display_name",
				"avatar_url", "follower_count", "tracking_mode", "tracking_start_date", "description", "active",
				"last_discovered_at", "created_at", "stats");
		long id = data.path("id").asLong();
		assertThat(data.path("project_id").asLong()).isEqualTo(project);
		assertThat(data.path("tiktok_handle").asString()).isEqualTo("Dance.Queen_1");
		assertThat(data.path("display_name").isNull()).isTrue();
		assertThat(data.path("avatar_url").isNull()).isTrue();
		assertThat(data.path("follower_count").isNull()).isTrue();
		assertThat(data.path("tracking_mode").asString()).isEqualTo("selective");
		assertThat(data.path("tracking_start_date").asString()).isEqualTo("2026-01-15");
		assertThat(data.path("description").asString()).isEqualTo("Signed *in March*");
		assertThat(data.path("active").asBoolean()).isTrue();
		assertThat(data.path("last_discovered_at").isNull()).isTrue();
		assertThat(Instant.parse(data.path("created_at").asString())).isBeforeOrEqualTo(Instant.now());
		assertThat(data.path("stats").toString()).isEqualTo("""
				{"videos":0,"views":0,"likes":0,"comments":0,"shares":0,"saves":0,"engagement_rate":null}""");
		Timestamp requested = this.jdbc.queryForObject(
				"select discovery_requested_at from creators where id = ?", Timestamp.class, id);
		assertThat(requested.toInstant()).isBetween(Instant.now().minusSeconds(60), Instant.now());
		JsonNode state = JSON.readTree(fixtures().outbox("vidtrack.creator-state", id).getLast());
		assertThat(state.path("trackingMode").asString()).isEqualTo("selective");
		assertThat(state.path("tiktokHandle").asString()).isEqualTo("Dance.Queen_1");
		assertThat(state.path("active").asBoolean()).isTrue();
	}

	@Test
	void aPlainHandleOrAProfileUrlIsAddedInAutoModeFromTodayInTheOrgsTimeZone() {
		// given
		Org org = fixtures().org("ultra", "Pacific/Kiritimati");
		long project = fixtures().project(org.id());

		// when
		Response plain = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("handle", "plain.name"));
		Response url = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("handle", "https://www.tiktok.com/@from.url?lang=en"));

		// then
		assertThat(plain.status()).isEqualTo(201);
		assertThat(plain.data().path("tiktok_handle").asString()).isEqualTo("plain.name");
		assertThat(plain.data().path("tracking_mode").asString()).isEqualTo("auto");
		assertThat(plain.data().path("tracking_start_date").asString())
			.isEqualTo(LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString());
		assertThat(url.status()).isEqualTo(201);
		assertThat(url.data().path("tiktok_handle").asString()).isEqualTo("from.url");
	}

	@Test
	void anInvalidHandleOrFieldIsAnInvalidBodyAndAddsNothing() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		String path = "/api/v1/projects/" + project + "/creators";

		// when
		Response spaces = api(org.writeKey()).post(path, Map.of("handle", "two words"));
		Response tooLong = api(org.writeKey()).post(path, Map.of("handle", "a".repeat(31)));
		Response video = api(org.writeKey()).post(path,
				Map.of("handle", "https://www.tiktok.com/@someone/video/7300000000000000001"));
		Response mode = api(org.writeKey()).post(path, Map.of("handle", "fine", "tracking_mode", "sometimes"));
		Response date = api(org.writeKey()).post(path, Map.of("handle", "fine", "tracking_start_date", "15/01/2026"));

		// then
		assertThat(spaces.status()).isEqualTo(400);
		assertThat(spaces.body()).isEqualTo("""
				{"data":null,"error":"invalid TikTok handle two words: use 1-30 letters, digits, '.', '_' or '-'",\
				"meta":{"code":"invalid_body"}}""");
		assertThat(tooLong.code()).isEqualTo("invalid_body");
		assertThat(video.body()).isEqualTo("""
				{"data":null,"error":"not a TikTok profile URL: use the creator's handle or profile URL",\
				"meta":{"code":"invalid_body"}}""");
		assertThat(mode.json().path("error").asString()).isEqualTo("tracking_mode must be auto or selective");
		assertThat(date.json().path("error").asString())
			.isEqualTo("tracking_start_date must be a date as YYYY-MM-DD");
		assertThat(this.jdbc.queryForObject("select count(*) from creators where project_id = ?", Long.class,
				project)).isZero();
	}

	@Test
	void aHandleActiveInTheProjectIs409DuplicateWhateverItsCase() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long existing = fixtures().creator(project, "TheCreator", "auto");
		long otherProject = fixtures().project(org.id());

		// when
		Response duplicate = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("handle", "@thecreator"));
		Response elsewhere = api(org.writeKey()).post("/api/v1/projects/" + otherProject + "/creators",
				Map.of("handle", "thecreator"));

		// then
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.body()).isEqualTo("""
				{"data":null,"error":"@thecreator is already tracked in this project",\
				"meta":{"code":"duplicate","creatorId":%d}}""".formatted(existing));
		assertThat(elsewhere.status()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select count(*) from creators where project_id = ?", Long.class,
				project)).isOne();
	}

	@Test
	void aCreatorPastThePlansLimitIs402WithTheLimitKeyCurrentAndMax() {
		// given an org whose plan allows 5 creators, which it has
		Org org = fixtures().org(cappedPlan(5));
		long project = fixtures().project(org.id());
		for (int i = 0; i < 5; i++) {
			fixtures().creator(project, "c" + i, "auto");
		}

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("handle", "sixth"));

		// then
		assertThat(response.status()).isEqualTo(402);
		assertThat(response.body()).isEqualTo("""
				{"data":null,"error":"Plan limit reached: max_creators_per_org is 5",\
				"meta":{"code":"limit_reached","limitKey":"max_creators_per_org","current":5,"max":5}}""");
	}

	@Test
	void tenConcurrentAddsUnderACapOfThreeAddExactlyThree() throws Exception {
		// given
		Org org = fixtures().org(cappedPlan(3));
		long project = fixtures().project(org.id());

		// when
		List<Response> responses = Concurrently.run(10, (i) -> api(org.writeKey())
			.post("/api/v1/projects/" + project + "/creators", Map.of("handle", "racer" + i)));

		// then
		assertThat(responses.stream().filter((r) -> r.status() == 201)).hasSize(3);
		assertThat(responses.stream().filter((r) -> r.status() == 402)).hasSize(7)
			.allSatisfy((r) -> assertThat(r.meta().path("max").asInt()).isEqualTo(3));
		assertThat(this.jdbc.queryForObject("select count(*) from creators where project_id = ? and active",
				Long.class, project)).isEqualTo(3);
	}

	@Test
	void concurrentAddsOfOneHandleAddItOnce() throws Exception {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		// when
		List<Response> responses = Concurrently.run(6, (i) -> api(org.writeKey())
			.post("/api/v1/projects/" + project + "/creators", Map.of("handle", (i % 2 == 0) ? "Twin" : "@twin")));

		// then
		assertThat(responses.stream().filter((r) -> r.status() == 201)).hasSize(1);
		assertThat(responses.stream().filter((r) -> r.status() == 409)).hasSize(5)
			.allSatisfy((r) -> assertThat(r.code()).isEqualTo("duplicate"));
		assertThat(this.jdbc.queryForObject("select count(*) from creators where project_id = ?", Long.class,
				project)).isOne();
	}

	@Test
	void aProjectOfAnotherOrgIs404AndGetsNoCreator() {
		// given
		Org mine = fixtures().org("ultra");
		long theirs = fixtures().project(fixtures().org("ultra").id());

		// when
		Response single = api(mine.writeKey()).post("/api/v1/projects/" + theirs + "/creators",
				Map.of("handle", "intruder"));
		Response bulk = api(mine.writeKey()).post("/api/v1/projects/" + theirs + "/creators",
				Map.of("handles", List.of("intruder")));

		// then
		assertThat(single.status()).isEqualTo(404);
		assertThat(single.body()).isEqualTo("""
				{"data":null,"error":"Project not found","meta":{"code":"not_found"}}""");
		assertThat(bulk.status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from creators where project_id = ?", Long.class,
				theirs)).isZero();
	}

	@Test
	void aBulkAddAnswersOneOutcomePerRowInOrder() {
		// given an org with room for 2 more creators, one of them already tracked
		Org org = fixtures().org(cappedPlan(3));
		long project = fixtures().project(org.id());
		long tracked = fixtures().creator(project, "tracked", "auto");

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("tracking_mode", "selective", "creators", List.of(Map.of("handle", "@First"),
						Map.of("handle", "TRACKED"), Map.of("handle", "bad handle!"),
						Map.of("handle", "first", "tracking_mode", "auto"),
						Map.of("handle", "second", "tracking_mode", "auto", "readme", "hi"),
						Map.of("handle", "third"))));

		// then
		assertThat(response.status()).isEqualTo(200);
		JsonNode rows = response.data();
		assertThat(rows.values()).extracting((row) -> row.path("handle").asString())
			.containsExactly("First", "TRACKED", "bad handle!", "first", "second", "third");
		assertThat(rows.values()).extracting((row) -> row.path("outcome").asString())
			.containsExactly("added", "already_tracked", "invalid_handle", "already_tracked", "added",
					"limit_reached");
		assertThat(rows.get(0).propertyNames()).containsExactly("handle", "outcome", "creator", "error");
		assertThat(rows.get(0).path("creator").path("tracking_mode").asString()).isEqualTo("selective");
		assertThat(rows.get(0).path("error").isNull()).isTrue();
		assertThat(rows.get(1).path("creator").path("id").asLong()).isEqualTo(tracked);
		assertThat(rows.get(2).path("creator").isNull()).isTrue();
		assertThat(rows.get(2).path("error").asString()).startsWith("invalid TikTok handle bad handle!");
		assertThat(rows.get(3).path("creator").path("id").asLong())
			.isEqualTo(rows.get(0).path("creator").path("id").asLong());
		assertThat(rows.get(4).path("creator").path("tracking_mode").asString()).isEqualTo("auto");
		assertThat(rows.get(4).path("creator").path("description").asString()).isEqualTo("hi");
		assertThat(rows.get(5).path("creator").isNull()).isTrue();
		assertThat(rows.get(5).path("error").asString()).isEqualTo("Plan limit reached: max_creators_per_org is 3");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from creators where project_id = ? and active and discovery_requested_at is not null""",
				Long.class, project)).isEqualTo(2);
		assertThat(fixtures().outbox("vidtrack.creator-state", rows.get(4).path("creator").path("id").asLong()))
			.hasSize(1);
	}

	@Test
	void aBulkOfHandlesTakesAtMost50() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		List<String> fifty = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			fifty.add("@h" + i);
		}
		List<String> fiftyOne = new ArrayList<>(fifty);
		fiftyOne.add("h50");

		// when
		Response tooMany = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("handles", fiftyOne));
		Response empty = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("handles", List.of()));
		Response full = api(org.writeKey()).post("/api/v1/projects/" + project + "/creators",
				Map.of("handles", fifty));

		// then
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).isEqualTo("""
				{"data":null,"error":"a bulk add takes 1 to 50 creators","meta":{"code":"invalid_body"}}""");
		assertThat(empty.code()).isEqualTo("invalid_body");
		assertThat(full.status()).isEqualTo(200);
		assertThat(full.data().values()).hasSize(50)
			.allSatisfy((row) -> assertThat(row.path("outcome").asString()).isEqualTo("added"));
		assertThat(this.jdbc.queryForObject("select count(*) from creators where project_id = ?", Long.class,
				project)).isEqualTo(50);
	}

	/** A copy of the ultra plan with another creator cap, for this org only. */
	private String cappedPlan(int maxCreators) {
		String id = "cap_" + System.nanoTime();
		this.jdbc.update("""
				insert into plans select ?, ?, max_projects_per_org, max_tracked_videos_per_org,
					max_api_requests_per_day, max_manual_scrape_triggers_per_day, stats_history_retention_days,
					min_discover_videos_hours, min_video_stats_hours from plans where id = 'ultra'""", id,
				maxCreators);
		return id;
	}

}
