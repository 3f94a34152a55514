package io.vidtrack.api.project;

import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectDeleteTests extends ApiTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void deletingAProjectRetractsItsVideosDeactivatesItsCreatorsAndEmptiesItsCampaigns() {
		// given a project with a creator, a counted and an excluded video, and a campaign holding both kinds
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "gone", "auto");
		long counted = fixtures().video(project, creator, "auto_tracked", 10, 1, 1, 1, 1);
		long excluded = fixtures().video(project, creator, "excluded");
		long campaign = this.jdbc.queryForObject(
				"insert into campaigns (project_id, name) values (?, 'Launch') returning id", Long.class, project);
		this.jdbc.update("insert into campaign_items (campaign_id, item_type, item_id) values (?, 'creator', ?), "
				+ "(?, 'video', ?)", campaign, creator, campaign, counted);

		// when
		Response response = api(org.writeKey()).delete("/api/v1/projects/" + project);

		// then the rows are gone
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("""
				{"data":{"id":%d,"deleted":true},"error":null,"meta":null}""".formatted(project));
		assertThat(this.jdbc.queryForObject("select count(*) from projects where id = ?", Long.class, project))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from videos where project_id = ?", Long.class, project))
			.isZero();
		assertThat(api(org.readKey()).get("/api/v1/projects/" + project).status()).isEqualTo(404);
		// and the stream processor was told before they went
		assertThat(last("vidtrack.video-state", counted).path("counted").asBoolean()).isFalse();
		assertThat(last("vidtrack.video-state", excluded).path("counted").asBoolean()).isFalse();
		assertThat(last("vidtrack.creator-state", creator).path("active").asBoolean()).isFalse();
		assertThat(last("vidtrack.creator-campaigns", creator).path("campaignIds").isEmpty()).isTrue();
		assertThat(last("vidtrack.video-campaigns", counted).path("campaignIds").isEmpty()).isTrue();
	}

	@Test
	void deletingAnEmptyProjectFreesItsPlaceInThePlan() {
		// given a starter org at its 3 projects
		Org org = fixtures().org("starter");
		long first = fixtures().project(org.id());
		fixtures().project(org.id());
		fixtures().project(org.id());

		// when
		Response delete = api(org.writeKey()).delete("/api/v1/projects/" + first);
		Response create = api(org.writeKey()).post("/api/v1/projects", Map.of("name", "Next"));

		// then
		assertThat(delete.status()).isEqualTo(200);
		assertThat(create.status()).isEqualTo(201);
	}

	private JsonNode last(String topic, long key) {
		List<String> payloads = fixtures().outbox(topic, key);
		assertThat(payloads).as(topic + " events of " + key).isNotEmpty();
		return JSON.readTree(payloads.getLast());
	}

}
