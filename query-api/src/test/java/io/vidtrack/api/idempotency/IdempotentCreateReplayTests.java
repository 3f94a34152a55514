package io.vidtrack.api.idempotency;

import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient;
import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every create POST besides projects' (see {@link IdempotencyTests}): a retry with the same Idempotency-Key and
 * the same body gets the first answer, byte for byte, and the create runs once. Without the replay each of these
 * retries would answer differently (a duplicate, "already tracked", a second row, an item added again).
 */
class IdempotentCreateReplayTests extends ApiTestBase {

	@Test
	void aRetriedCreatorAddReplaysThe201AndAddsTheCreatorOnce() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		ApiClient client = api(org.writeKey()).with("Idempotency-Key", "add-creator-1");

		// when
		Response first = client.post("/api/v1/projects/" + project + "/creators", Map.of("handle", "replayed"));
		Response retry = client.post("/api/v1/projects/" + project + "/creators", Map.of("handle", "replayed"));

		// then
		assertThat(first.status()).isEqualTo(201);
		assertReplayed(first, retry);
		assertThat(count("select count(*) from creators where project_id = ?", project)).isOne();
	}

	@Test
	void aRetriedBulkCreatorAddReplaysItsOutcomesAndAddsEachCreatorOnce() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		ApiClient client = api(org.writeKey()).with("Idempotency-Key", "add-creators-bulk");
		Map<String, Object> body = Map.of("handles", List.of("first.one", "second.one"));

		// when
		Response first = client.post("/api/v1/projects/" + project + "/creators", body);
		Response retry = client.post("/api/v1/projects/" + project + "/creators", body);

		// then
		assertThat(first.status()).isEqualTo(200);
		assertReplayed(first, retry);
		assertThat(count("select count(*) from creators where project_id = ?", project)).isEqualTo(2);
	}

	@Test
	void aRetriedVideoAddByUrlReplaysThe201AndAddsTheVideoOnce() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		ApiClient client = api(org.writeKey()).with("Idempotency-Key", "add-video-1");
		Map<String, Object> body = Map.of("url", "https://www.tiktok.com/@someone/video/7412345678900000001");

		// when
		Response first = client.post("/api/v1/projects/" + project + "/videos", body);
		Response retry = client.post("/api/v1/projects/" + project + "/videos", body);

		// then
		assertThat(first.status()).isEqualTo(201);
		assertReplayed(first, retry);
		assertThat(count("select count(*) from videos where project_id = ?", project)).isOne();
		long video = first.data().path("id").asLong();
		assertThat(fixtures().outbox("vidtrack.video-state", video)).hasSize(1);
	}

	@Test
	void aRetriedCampaignCreateReplaysThe201AndCreatesOneCampaign() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		ApiClient client = api(org.writeKey()).with("Idempotency-Key", "create-campaign-1");

		// when
		Response first = client.post("/api/v1/projects/" + project + "/campaigns", Map.of("name", "Summer"));
		Response retry = client.post("/api/v1/projects/" + project + "/campaigns", Map.of("name", "Summer"));

		// then
		assertThat(first.status()).isEqualTo(201);
		assertReplayed(first, retry);
		assertThat(count("select count(*) from campaigns where project_id = ?", project)).isOne();
	}

	@Test
	void aRetriedItemAddReplaysTheFirstAnswerAndDoesNotAddTheItemAgain() {
		// given an item added with a key, then removed
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());
		long creator = fixtures().creator(project, "itemized", "auto");
		long campaign = fixtures().campaign(project, "Launch");
		ApiClient client = api(org.writeKey()).with("Idempotency-Key", "add-items-1");
		Map<String, Object> body = Map.of("items", List.of(Map.of("type", "creator", "id", creator)));
		Response first = client.post("/api/v1/campaigns/" + campaign + "/items", body);
		api(org.writeKey()).delete("/api/v1/campaigns/" + campaign + "/items/creator/" + creator);

		// when
		Response retry = client.post("/api/v1/campaigns/" + campaign + "/items", body);

		// then the retry answers as the first did and the removal stands
		assertThat(first.status()).isEqualTo(200);
		assertReplayed(first, retry);
		assertThat(count("select count(*) from campaign_items where campaign_id = ?", campaign)).isZero();
	}

	private static void assertReplayed(Response first, Response retry) {
		assertThat(first.header("Idempotent-Replayed")).isNull();
		assertThat(retry.status()).isEqualTo(first.status());
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
	}

	private long count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Long.class, id);
	}

}
