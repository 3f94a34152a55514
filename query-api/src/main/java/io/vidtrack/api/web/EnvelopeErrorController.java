package io.vidtrack.api.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}) in the v1 envelope: what fails outside a controller (a filter, the
 * servlet container) still answers with a code and never with Boot's default page or a stack trace.
 */
@RestController
class EnvelopeErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<Envelope> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		ApiException refusal = switch (status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status) {
			case NOT_FOUND -> ApiException.notFound("Route");
			case BAD_REQUEST -> ApiException.invalidQuery("The request could not be read");
			case METHOD_NOT_ALLOWED -> new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
					"Method not supported here");
			default -> new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal server error");
		};
		return ResponseEntity.status(refusal.status()).body(refusal.body());
	}

}
