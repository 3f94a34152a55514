package io.vidtrack.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document at {@code /api/v1/openapi.json} (springdoc reads the controllers): title, and the bearer key
 * every route but this one requires.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI vidtrackOpenApi() {
		return new OpenAPI()
			.info(new Info().title("vidtrack v1 API")
				.version("v1")
				.description("TikTok video tracking: videos, stats history, Tracking Inbox, campaigns and analytics. "
						+ "Every response is {data, error, meta}; errors carry meta.code."))
			.components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
				.type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.description("Authorization: Bearer tga_<64 lowercase hex>")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
