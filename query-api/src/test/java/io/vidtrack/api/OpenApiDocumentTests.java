package io.vidtrack.api;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.vidtrack.api.testsupport.ApiClient.Response;
import io.vidtrack.api.testsupport.ApiTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDocumentTests extends ApiTestBase {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

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

	@Test
	void theDocumentHasEveryRouteTheControllersServeWithItsMethodsAndNothingElse() {
		// given every "METHOD path" of the API's controllers, as Spring MVC routes them
		Set<String> served = servedRoutes();

		// when
		JsonNode paths = api(null).get("/api/v1/openapi.json").json().path("paths");

		// then
		Set<String> documented = new HashSet<>();
		for (String path : paths.propertyNames()) {
			for (String method : paths.path(path).propertyNames()) {
				documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
			}
		}
		assertThat(served).contains("GET /api/v1/videos/{id}/stats", "PATCH /api/v1/org");
		assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
	}

	private Set<String> servedRoutes() {
		Set<String> routes = new HashSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("io.vidtrack.api")) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/")) {
					Set<RequestMethod> methods = methodsOf(info);
					assertThat(methods).as("a route must name its methods: " + pattern).isNotEmpty();
					methods.forEach((method) -> routes.add(method.name() + " " + pattern));
				}
			}
		});
		return routes;
	}

	private static Set<RequestMethod> methodsOf(RequestMappingInfo info) {
		return info.getMethodsCondition().getMethods();
	}

}
