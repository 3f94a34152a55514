package io.vidtrack.api.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.Concurrently;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectTests extends ApiTestBase {

	@Test
	void aCreatedProjectIsAnsweredWith201AndItsExactFields() {
		// given
		Org org = fixtures().org("ultra");

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects",
				Map.of("name", "Spring launch", "readme", "# Goals\n- 1M views"));

		// then
		assertThat(response.status()).isEqualTo(201);
		JsonNode data = response.data();
		assertThat(data.propertyNames()).containsExactly("id", "name", "description", "created_at", "updated_at",
				"stats");
		assertThat(data.path("name").asString()).isEqualTo("Spring launch");
		assertThat(data.path("description").asString()).isEqualTo("# Goals\n- 1M views");
		assertThat(Instant.parse(data.path("created_at").asString())).isBeforeOrEqualTo(Instant.now());
		assertThat(Instant.parse(data.path("updated_at").asString())).isBeforeOrEqualTo(Instant.now());
		assertThat(data.path("stats").toString()).isEqualTo("""
				{"videos":0,"views":0,"likes":0,"comments":0,"shares":0,"saves":0,"engagement_rate":null}""");
		assertThat(response.json().path("error").isNull()).isTrue();
		assertThat(response.json().path("meta").isNull()).isTrue();
		assertThat(this.jdbc.queryForMap("select org_id, name, description from projects where id = ?",
				data.path("id").asLong()))
			.containsEntry("org_id", org.id())
			.containsEntry("name", "Spring launch")
			.containsEntry("description", "# Goals\n- 1M views");
	}

	@Test
	void aProjectsStatsAreTheAggregateTotalsAndZeroWithoutARow() {
		// given a project whose counted totals the stream processor wrote, next to an excluded video with big
		// counts, and a project without any totals row
		Org org = fixtures().org("ultra");
		long counted = fixtures().project(org.id());
		long empty = fixtures().project(org.id());
		fixtures().video(counted, null, "direct_add", 1000, 100, 10, 5, 5);
		long excluded = fixtures().video(counted, null, "excluded", 999_999, 9, 9, 9, 9);
		fixtures().totals("project", counted, 1, 1000, 100, 10, 5, 5);

		// when
		Response one = api(org.readKey()).get("/api/v1/projects/" + counted);
		Response other = api(org.readKey()).get("/api/v1/projects/" + empty);

		// then
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.data().path("stats").toString()).isEqualTo("""
				{"videos":1,"views":1000,"likes":100,"comments":10,"shares":5,"saves":5,"engagement_rate":12.0}""");
		assertThat(one.body()).doesNotContain("999999").doesNotContain(fixtures().tiktokId(excluded));
		assertThat(other.data().path("stats").path("videos").asLong()).isZero();
		assertThat(other.data().path("stats").path("views").asLong()).isZero();
		assertThat(other.data().path("stats").path("engagement_rate").isNull()).isTrue();
	}

	@Test
	void aProjectOfAnotherOrgIs404AndStaysAsItWas() {
		// given
		Org mine = fixtures().org("ultra");
		Org theirs = fixtures().org("ultra");
		long project = fixtures().project(theirs.id());
		long video = fixtures().video(project, null, "direct_add");

		// when
		Response get = api(mine.writeKey()).get("/api/v1/projects/" + project);
		Response patch = api(mine.writeKey()).patch("/api/v1/projects/" + project, Map.of("name", "Taken"));
		Response delete = api(mine.writeKey()).delete("/api/v1/projects/" + project);
		Response missing = api(mine.writeKey()).get("/api/v1/projects/" + Long.MAX_VALUE);

		// then
		for (Response response : List.of(get, patch, delete, missing)) {
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.body()).isEqualTo("""
					{"data":null,"error":"Project not found","meta":{"code":"not_found"}}""");
		}
		assertThat(this.jdbc.queryForObject("select name from projects where id = ?", String.class, project))
			.isEqualTo("Test project");
		assertThat(this.jdbc.queryForObject("select count(*) from videos where id = ?", Long.class, video)).isOne();
		assertThat(fixtures().outbox("vidtrack.video-state", video)).isEmpty();
	}

	@Test
	void pagingToTheEndYieldsEveryProjectOfTheOrgExactlyOnce() {
		// given five projects, and one of another org
		Org org = fixtures().org("ultra");
		List<Long> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(fixtures().project(org.id()));
		}
		fixtures().project(fixtures().org("ultra").id());

		// when
		List<Long> seen = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		String cursor = "";
		do {
			Response page = api(org.readKey()).get("/api/v1/projects?limit=2&cursor=" + cursor);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.meta().path("limit").asInt()).isEqualTo(2);
			page.data().values().forEach((project) -> seen.add(project.path("id").asLong()));
			cursor = page.meta().path("nextCursor").isNull() ? null : page.meta().path("nextCursor").asString();
			cursors.add(cursor);
		}
		while (cursor != null);

		// then
		assertThat(seen).containsExactlyElementsOf(created);
		assertThat(cursors).hasSize(3).last().isNull();
	}

	@Test
	void aPatchChangesTheNameAndTheNotesAndAnEmptyReadmeClearsThem() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		// when
		Response renamed = api(org.writeKey()).patch("/api/v1/projects/" + project,
				Map.of("name", "Renamed", "readme", "**notes**"));
		Response cleared = api(org.writeKey()).patch("/api/v1/projects/" + project, Map.of("readme", ""));

		// then
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.data().path("name").asString()).isEqualTo("Renamed");
		assertThat(renamed.data().path("description").asString()).isEqualTo("**notes**");
		assertThat(cleared.data().path("name").asString()).isEqualTo("Renamed");
		assertThat(cleared.data().path("description").isNull()).isTrue();
		assertThat(Instant.parse(cleared.data().path("updated_at").asString()))
			.isAfter(Instant.parse(cleared.data().path("created_at").asString()));
	}

	@Test
	void aMissingOrTooLongNameIsAnInvalidBody() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		// when
		Response tooLong = api(org.writeKey()).post("/api/v1/projects", Map.of("name", "x".repeat(201)));
		Response missing = api(org.writeKey()).post("/api/v1/projects", Map.of("readme", "no name"));
		Response blank = api(org.writeKey()).patch("/api/v1/projects/" + project, Map.of("name", " "));

		// then
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).isEqualTo("""
				{"data":null,"error":"name must be 1 to 200 characters","meta":{"code":"invalid_body"}}""");
		assertThat(missing.body()).isEqualTo("""
				{"data":null,"error":"name is required","meta":{"code":"invalid_body"}}""");
		assertThat(blank.code()).isEqualTo("invalid_body");
		assertThat(this.jdbc.queryForObject("select count(*) from projects where org_id = ?", Long.class, org.id()))
			.isOne();
	}

	@Test
	void aProjectPastThePlansLimitIs402WithTheLimitKeyCurrentAndMax() {
		// given a starter org (3 projects) that has 3
		Org org = fixtures().org("starter");
		for (int i = 0; i < 3; i++) {
			fixtures().project(org.id());
		}

		// when
		Response response = api(org.writeKey()).post("/api/v1/projects", Map.of("name", "Fourth"));

		// then
		assertThat(response.status()).isEqualTo(402);
		assertThat(response.body()).isEqualTo("""
				{"data":null,"error":"Plan limit reached: max_projects_per_org is 3",\
				"meta":{"code":"limit_reached","limitKey":"max_projects_per_org","current":3,"max":3}}""");
		assertThat(this.jdbc.queryForObject("select count(*) from projects where org_id = ?", Long.class, org.id()))
			.isEqualTo(3);
	}

	@Test
	void tenConcurrentCreatesNeverPassThePlansCap() throws Exception {
		// given a starter org, which may have 3 projects
		Org org = fixtures().org("starter");

		// when
		List<Response> responses = Concurrently.run(10,
				(i) -> api(org.writeKey()).post("/api/v1/projects", Map.of("name", "Project " + i)));

		// then
		assertThat(responses.stream().filter((r) -> r.status() == 201)).hasSize(3);
		assertThat(responses.stream().filter((r) -> r.status() == 402)).hasSize(7)
			.allSatisfy((r) -> assertThat(r.code()).isEqualTo("limit_reached"));
		assertThat(this.jdbc.queryForObject("select count(*) from projects where org_id = ?", Long.class, org.id()))
			.isEqualTo(3);
	}

	@Test
	void aReadOnlyKeyCannotWriteAndChangesNothing() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		// when
		Response create = api(org.readKey()).post("/api/v1/projects", Map.of("name", "Nope"));
		Response delete = api(org.readKey()).delete("/api/v1/projects/" + project);

		// then
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.code()).isEqualTo("insufficient_scope");
		assertThat(delete.status()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from projects where org_id = ?", Long.class, org.id()))
			.isOne();
	}

}
