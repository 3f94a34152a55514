package io.vidtrack.api.web;

import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient;
import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure nobody planned for, in a controller or in a filter, answers 500 {@code internal_error} with a generic
 * message. The failure is real: a trigger makes Postgres refuse one org's (or one key's) writes with a message
 * that must never reach the client.
 */
class InternalErrorTests extends ApiTestBase {

	private static final String INTERNAL_ERROR_BODY = """
			{"data":null,"error":"Internal server error","meta":{"code":"internal_error"}}""";

	private static final String SECRET = "db-7.internal refused: password=hunter2";

	@Test
	void aDatabaseFailureInAnEndpointIs500WithTheExactBodyAndARetryRunsAgain() {
		// given an org whose project inserts fail in the database
		Org org = fixtures().org("ultra");
		ApiClient client = api(org.writeKey()).with("Idempotency-Key", "create-after-failure");
		String trigger = failInserts("projects", "org_id", org.id());
		Response failed;
		try {
			// when
			failed = client.post("/api/v1/projects", Map.of("name", "Launch"));
		}
		finally {
			dropTrigger(trigger, "projects");
		}
		Response retry = client.post("/api/v1/projects", Map.of("name", "Launch"));

		// then nothing of the failure leaks, and a 5xx is not kept for the Idempotency-Key
		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.body()).isEqualTo(INTERNAL_ERROR_BODY).doesNotContain("hunter2");
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from projects where org_id = ?", Long.class, org.id()))
			.isOne();
	}

	@Test
	void aDatabaseFailureInTheApiKeyFilterIs500WithTheExactBody() {
		// given a key whose request window cannot be written
		Org org = fixtures().org("ultra");
		String trigger = failInserts("api_request_windows", "key_id", org.writeKeyId());
		Response failed;
		try {
			// when
			failed = api(org.writeKey()).get("/api/v1/org");
		}
		finally {
			dropTrigger(trigger, "api_request_windows");
		}

		// then
		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.body()).isEqualTo(INTERNAL_ERROR_BODY).doesNotContain("hunter2");
		assertThat(api(org.writeKey()).get("/api/v1/org").status()).isEqualTo(200);
	}

	/** A trigger that makes every insert into the table with this id in the column fail; returns its name. */
	private String failInserts(String table, String column, long id) {
		String name = "test_fail_" + table + "_" + id;
		this.jdbc.execute("""
				create function %1$s() returns trigger language plpgsql as $$
				begin
					if new.%2$s = %3$d then
						raise exception '%4$s';
					end if;
					return new;
				end $$""".formatted(name, column, id, SECRET));
		this.jdbc.execute("create trigger %1$s before insert on %2$s for each row execute function %1$s()"
			.formatted(name, table));
		return name;
	}

	private void dropTrigger(String name, String table) {
		this.jdbc.execute("drop trigger %s on %s".formatted(name, table));
		this.jdbc.execute("drop function %s()".formatted(name));
	}

}
