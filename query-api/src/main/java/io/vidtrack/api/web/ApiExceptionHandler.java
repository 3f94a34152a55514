package io.vidtrack.api.web;

import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders every failure as the v1 envelope. Anything unexpected becomes 500 {@code internal_error} with a
 * generic message: the stack trace goes to the log, never to the client.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Envelope> refused(ApiException ex) {
		return ResponseEntity.status(ex.status()).headers(ex.headers()).body(ex.body());
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<Envelope> unreadableBody(Exception ex) {
		return refused(ApiException.invalidBody("The request body must be a JSON object of the documented shape"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Envelope> badArgument(MethodArgumentTypeMismatchException ex) {
		boolean pathVariable = ex.getParameter()
			.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
		return refused(pathVariable ? ApiException.invalidParams(ex.getName() + " must be a valid id")
				: ApiException.invalidQuery(ex.getName() + " has an invalid value"));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Envelope> missingParameter(MissingServletRequestParameterException ex) {
		return refused(ApiException.invalidQuery(ex.getParameterName() + " is required"));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<Envelope> noRoute(NoResourceFoundException ex) {
		return refused(ApiException.notFound("Route"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Envelope> wrongMethod(HttpRequestMethodNotSupportedException ex) {
		HttpHeaders headers = new HttpHeaders();
		Set<HttpMethod> supported = ex.getSupportedHttpMethods();
		if (supported != null) {
			// RFC 9110: a 405 names the methods the route does support
			headers.setAllow(supported);
		}
		return refused(new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
				ex.getMethod() + " is not supported here", Map.of(), headers));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Envelope> unexpected(Exception ex) {
		log.error("Request failed", ex);
		return refused(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Internal server error"));
	}

}
