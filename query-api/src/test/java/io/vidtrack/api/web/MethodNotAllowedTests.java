package io.vidtrack.api.web;

import java.util.Map;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import io.vidtrack.api.testsupport.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MethodNotAllowedTests extends ApiTestBase {

	@Test
	void aMethodTheRouteDoesNotServeGets405WithTheExactBodyAndTheAllowedMethods() {
		// given
		Org org = fixtures().org("ultra");

		// when
		Response response = api(org.writeKey()).delete("/api/v1/org");

		// then
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.body()).isEqualTo("""
				{"data":null,"error":"DELETE is not supported here","meta":{"code":"method_not_allowed"}}""");
		assertThat(response.header("Allow").split(",")).containsExactlyInAnyOrder("GET", "PATCH");
		assertThat(this.jdbc.queryForObject("select count(*) from orgs where id = ?", Long.class, org.id())).isOne();
	}

	@Test
	void aPostToAListIs405AndCreatesNothing() {
		// given
		Org org = fixtures().org("ultra");
		long project = fixtures().project(org.id());

		// when
		Response response = api(org.writeKey()).post("/api/v1/videos",
				Map.of("url", "https://www.tiktok.com/@someone/video/7412345678901234567", "project_id", project));

		// then
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.body()).isEqualTo("""
				{"data":null,"error":"POST is not supported here","meta":{"code":"method_not_allowed"}}""");
		assertThat(response.header("Allow").split(",")).containsExactly("GET");
		assertThat(this.jdbc.queryForObject("select count(*) from videos where project_id = ?", Long.class, project))
			.isZero();
	}

}
