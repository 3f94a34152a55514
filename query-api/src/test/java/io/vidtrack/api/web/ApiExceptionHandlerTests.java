package io.vidtrack.api.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTests {

	@Test
	void anUnexpectedFailureIsA500WithAGenericMessageAndNothingOfTheException() {
		// given
		RuntimeException failure = new IllegalStateException("connection to db-7.internal refused: password=hunter2");

		// when
		ResponseEntity<Envelope> response = new ApiExceptionHandler().unexpected(failure);

		// then
		assertThat(response.getStatusCode().value()).isEqualTo(500);
		String body = JsonMapper.builder().build().writeValueAsString(response.getBody());
		assertThat(body).isEqualTo("""
				{"data":null,"error":"Internal server error","meta":{"code":"internal_error"}}""");
	}

}
