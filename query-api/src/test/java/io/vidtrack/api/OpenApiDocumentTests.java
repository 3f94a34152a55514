package io.vidtrack.api;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDocumentTests extends ApiTestBase {

	@Test
	void theOpenApiDocumentIsServedWithoutAKeyAndDescribesTheV1Routes() {
		// when
		Response response = api(null).get("/api/v1/openapi.json");

		// then
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("openapi").asString()).startsWith("3.");
		assertThat(response.json().path("paths").has("/api/v1/org")).isTrue();
		assertThat(response.json().path("paths").path("/api/v1/org").has("patch")).isTrue();
		assertThat(response.json().path("components").path("securitySchemes").has("bearer")).isTrue();
	}

}
