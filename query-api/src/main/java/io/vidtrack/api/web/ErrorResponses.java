package io.vidtrack.api.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes a refusal as the v1 envelope from a servlet filter, where no controller advice runs. */
@Component
public class ErrorResponses {

	private final JsonMapper json;

	ErrorResponses(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, ApiException ex) throws IOException {
		response.setStatus(ex.status().value());
		ex.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), ex.body());
	}

}
