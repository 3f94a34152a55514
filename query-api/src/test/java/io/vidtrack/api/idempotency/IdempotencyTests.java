package io.vidtrack.api.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Concurrently;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTests extends ApiTestBase {

	@Test
	void aRetryWithTheSameKeyReplaysTheFirstAnswerAndCreatesNothing() {
		// given
		Org org = fixtures().org("ultra");
		var client = api(org.writeKey()).with("Idempotency-Key", "create-launch-1");

		// when
		Response first = client.post("/api/v1/projects", Map.of("name", "Launch"));
		Response retry = client.post("/api/v1/projects", Map.of("name", "Launch"));

		// then
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(projects(org)).isEqualTo(1);
	}

	@Test
	void withoutAKeyTheSameRequestCreatesTwice() {
		Org org = fixtures().org("ultra");

		api(org.writeKey()).post("/api/v1/projects", Map.of("name", "Launch"));
		api(org.writeKey()).post("/api/v1/projects", Map.of("name", "Launch"));

		assertThat(projects(org)).isEqualTo(2);
	}

	@Test
	void theSameKeyWithAnotherRequestIsAConflict() {
		// given
		Org org = fixtures().org("ultra");
		var client = api(org.writeKey()).with("Idempotency-Key", "k-1");
		client.post("/api/v1/projects", Map.of("name", "Launch"));

		// when
		Response other = client.post("/api/v1/projects", Map.of("name", "Another"));

		// then
		assertThat(other.status()).isEqualTo(409);
		assertThat(other.body()).isEqualTo("""
				{"data":null,"error":"This Idempotency-Key was used with a different request",\
				"meta":{"code":"idempotency_key_reused"}}""");
		assertThat(projects(org)).isEqualTo(1);
	}

	@Test
	void concurrentRetriesCreateOnceAndNeverAnswerSomethingElse() throws Exception {
		// given
		Org org = fixtures().org("ultra");

		// when
		List<Response> responses = Concurrently.run(8, (i) -> api(org.writeKey()).with("Idempotency-Key", "race")
			.post("/api/v1/projects", Map.of("name", "Raced")));

		// then every answer is the first one, replayed, or "still running"
		assertThat(projects(org)).isEqualTo(1);
		String created = responses.stream().filter((r) -> r.status() == 201).findFirst().orElseThrow().body();
		assertThat(responses).allSatisfy((response) -> {
			if (response.status() == 201) {
				assertThat(response.body()).isEqualTo(created);
			}
			else {
				assertThat(response.status()).isEqualTo(409);
				assertThat(response.code()).isEqualTo("idempotency_key_in_use");
			}
		});
	}

	@Test
	void keysBelongToTheirOrgAndExpireAfterTheirRetention() {
		// given two orgs using the same key text
		Org first = fixtures().org("ultra");
		Org second = fixtures().org("ultra");
		api(first.writeKey()).with("Idempotency-Key", "shared").post("/api/v1/projects", Map.of("name", "A"));

		// when
		Response otherOrg = api(second.writeKey()).with("Idempotency-Key", "shared")
			.post("/api/v1/projects", Map.of("name", "A"));
		this.jdbc.update("update idempotency_keys set created_at = now() - interval '25 hours' where org_id = ?",
				first.id());
		Response afterExpiry = api(first.writeKey()).with("Idempotency-Key", "shared")
			.post("/api/v1/projects", Map.of("name", "A"));

		// then
		assertThat(otherOrg.status()).isEqualTo(201);
		assertThat(otherOrg.header("Idempotent-Replayed")).isNull();
		assertThat(projects(second)).isEqualTo(1);
		assertThat(afterExpiry.status()).isEqualTo(201);
		assertThat(afterExpiry.header("Idempotent-Replayed")).isNull();
		assertThat(projects(first)).isEqualTo(2);
	}

	@Test
	void anOverlongKeyIsRefused() {
		Org org = fixtures().org("ultra");

		Response response = api(org.writeKey()).with("Idempotency-Key", "k".repeat(256))
			.post("/api/v1/projects", Map.of("name", "A"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("""
				{"data":null,"error":"Idempotency-Key must be 1 to 255 characters","meta":{"code":"invalid_params"}}""");
		assertThat(projects(org)).isZero();
	}

	@Test
	void aRetryWhileTheFirstRequestIsStillRunningGets409InUseWithTheExactBody() {
		// given the first request with the key has claimed it and not answered yet
		Org org = fixtures().org("ultra");
		String body = "{\"name\":\"Launch\"}";
		this.jdbc.update("insert into idempotency_keys (org_id, idempotency_key, request_hash) values (?, ?, ?)",
				org.id(), "slow-1", sha256("POST /api/v1/projects?\n" + body));

		// when
		Response retry = api(org.writeKey()).with("Idempotency-Key", "slow-1").post("/api/v1/projects", body);

		// then
		assertThat(retry.status()).isEqualTo(409);
		assertThat(retry.body()).isEqualTo("""
				{"data":null,"error":"A request with this Idempotency-Key is still running; retry shortly",\
				"meta":{"code":"idempotency_key_in_use"}}""");
		assertThat(projects(org)).isZero();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long projects(Org org) {
		return this.jdbc.queryForObject("select count(*) from projects where org_id = ?", Long.class, org.id());
	}

}
