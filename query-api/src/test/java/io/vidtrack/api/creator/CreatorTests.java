package io.vidtrack.api.creator;

import java.util.ArrayList;
import java.util.List;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CreatorTests extends ApiTestBase {

	@Test
	void aCreatorIsReadWithItsStatsFromTheAggregatesAndZeroWithoutARow() {
		// given a creator whose counted totals the stream processor wrote, with an excluded video of big counts,
		// and a creator without any totals row
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long counted = fixtures().creator(project, "counted", "selective");
		long empty = fixtures().creator(project, "empty", "auto");
		fixtures().video(project, counted, "included", 200, 20, 0, 0, 0);
		long excluded = fixtures().video(project, counted, "excluded", 888_888, 0, 0, 0, 0);
		fixtures().totals("creator", counted, 1, 200, 20, 0, 0, 0);

		// when
		Response one = api(org.readKey()).get("/api/v1/creators/" + counted);
		Response other = api(org.readKey()).get("/api/v1/creators/" + empty);

		// then
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.data().path("id").asLong()).isEqualTo(counted);
		assertThat(one.data().path("project_id").asLong()).isEqualTo(project);
		assertThat(one.data().path("tiktok_handle").asString()).isEqualTo("counted");
		assertThat(one.data().path("tracking_mode").asString()).isEqualTo("selective");
		assertThat(one.data().path("tracking_start_date").asString()).isEqualTo("2020-01-01");
		assertThat(one.data().path("stats").toString()).isEqualTo("""
				{"videos":1,"views":200,"likes":20,"comments":0,"shares":0,"saves":0,"engagement_rate":10.0}""");
		assertThat(one.body()).doesNotContain("888888").doesNotContain(fixtures().tiktokId(excluded));
		assertThat(other.data().path("stats").path("videos").asLong()).isZero();
		assertThat(other.data().path("stats").path("engagement_rate").isNull()).isTrue();
	}

	@Test
	void aCreatorOfAnotherOrgOrAnInactiveOneIs404() {
		// given
		Org mine = fixtures().org("ultra");
		long theirs = fixtures().creator(fixtures().project(fixtures().org("ultra").id()), "theirs", "auto");
		long inactive = fixtures().creator(fixtures().project(mine.id()), "inactive", "auto");
		this.jdbc.update("update creators set active = false where id = ?", inactive);

		// when
		Response foreign = api(mine.readKey()).get("/api/v1/creators/" + theirs);
		Response deleted = api(mine.readKey()).get("/api/v1/creators/" + inactive);

		// then
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.body()).isEqualTo("""
				{"data":null,"error":"Creator not found","meta":{"code":"not_found"}}""");
		assertThat(deleted.status()).isEqualTo(404);
	}

	@Test
	void theListFiltersByProjectAndSearchesHandlesAndDisplayNamesLiterally() {
		// given
		Org org = fixtures().org("ultra");
		long first = fixtures().project(org.id());
		long second = fixtures().project(org.id());
		long dancer = fixtures().creator(first, "Dancer_01", "auto");
		long chef = fixtures().creator(first, "chef", "auto");
		this.jdbc.update("update creators set display_name = 'The 100% DANCE chef' where id = ?", chef);
		long other = fixtures().creator(second, "dancing.dad", "auto");
		long inactive = fixtures().creator(first, "dance.gone", "auto");
		this.jdbc.update("update creators set active = false where id = ?", inactive);
		fixtures().creator(fixtures().project(fixtures().org("ultra").id()), "dance.elsewhere", "auto");

		// when
		List<Long> all = ids(api(org.readKey()).get("/api/v1/creators"));
		List<Long> inFirst = ids(api(org.readKey()).get("/api/v1/creators?project_id=" + first));
		List<Long> dance = ids(api(org.readKey()).get("/api/v1/creators?search=DANC"));
		List<Long> danceInFirst = ids(api(org.readKey()).get("/api/v1/creators?search=%40danc&project_id=" + first));
		List<Long> percent = ids(api(org.readKey()).get("/api/v1/creators?search=%25"));
		List<Long> underscore = ids(api(org.readKey()).get("/api/v1/creators?search=_"));

		// then
		assertThat(all).containsExactly(dancer, chef, other);
		assertThat(inFirst).containsExactly(dancer, chef);
		assertThat(dance).containsExactly(dancer, chef, other);
		assertThat(danceInFirst).containsExactly(dancer, chef);
		assertThat(percent).containsExactly(chef);
		assertThat(underscore).containsExactly(dancer);
	}

	@Test
	void aProjectFilterOfAnotherOrgIs404AndABadOneIs400() {
		// given
		Org org = fixtures().org("ultra");
		long theirs = fixtures().project(fixtures().org("ultra").id());

		// when
		Response foreign = api(org.readKey()).get("/api/v1/creators?project_id=" + theirs);
		Response bad = api(org.readKey()).get("/api/v1/creators?project_id=abc");

		// then
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.code()).isEqualTo("not_found");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.code()).isEqualTo("invalid_query");
	}

	@Test
	void pagingToTheEndYieldsEveryActiveCreatorExactlyOnceWhileCreatorsAreAdded() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		List<Long> expected = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			expected.add(fixtures().creator(project, "page" + i, "auto"));
		}

		// when
		List<Long> seen = new ArrayList<>();
		String cursor = "";
		int pages = 0;
		do {
			Response page = api(org.readKey()).get("/api/v1/creators?limit=3&project_id=" + project + "&cursor="
					+ cursor);
			assertThat(page.status()).isEqualTo(200);
			seen.addAll(ids(page));
			cursor = page.meta().path("nextCursor").isNull() ? null : page.meta().path("nextCursor").asString();
			if (pages++ == 0) {
				expected.add(fixtures().creator(project, "late", "auto"));
			}
		}
		while (cursor != null);

		// then
		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(pages).isEqualTo(3);
	}

	private static List<Long> ids(Response response) {
		assertThat(response.status()).isEqualTo(200);
		return response.data().values().stream().map((JsonNode creator) -> creator.path("id").asLong()).toList();
	}

}
