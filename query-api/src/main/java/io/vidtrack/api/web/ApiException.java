package io.vidtrack.api.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the status, the human message and the machine code ({@code meta.code}) the v1
 * contract fixes. Thrown anywhere under a controller; {@link ApiExceptionHandler} and the filters render it.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final Map<String, Object> meta;

	private final HttpHeaders headers;

	public ApiException(HttpStatus status, String code, String message) {
		this(status, code, message, Map.of(), HttpHeaders.EMPTY);
	}

	public ApiException(HttpStatus status, String code, String message, Map<String, Object> extraMeta,
			HttpHeaders headers) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("code", code);
		meta.putAll(extraMeta);
		this.meta = Collections.unmodifiableMap(meta);
		this.headers = headers;
	}

	public static ApiException invalidQuery(String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_query", message);
	}

	public static ApiException invalidBody(String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_body", message);
	}

	public static ApiException invalidParams(String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "invalid_params", message);
	}

	public static ApiException invalidApiKey() {
		return new ApiException(HttpStatus.UNAUTHORIZED, "invalid_api_key", "Invalid or missing API key");
	}

	public static ApiException insufficientScope(String scope) {
		return new ApiException(HttpStatus.FORBIDDEN, "insufficient_scope", "This API key lacks the " + scope
				+ " scope");
	}

	/** Missing, or in another org: the two are never told apart. */
	public static ApiException notFound(String what) {
		return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " not found");
	}

	public static ApiException conflict(String code, String message) {
		return new ApiException(HttpStatus.CONFLICT, code, message);
	}

	/** A plan count limit: 402 with {@code limitKey}, {@code current} and {@code max}. */
	public static ApiException limitReached(String limitKey, long current, long max) {
		return new ApiException(HttpStatus.PAYMENT_REQUIRED, "limit_reached",
				"Plan limit reached: " + limitKey + " is " + max,
				orderedMeta("limitKey", limitKey, "current", current, "max", max), HttpHeaders.EMPTY);
	}

	public static ApiException retentionExceeded(int retentionDays) {
		return new ApiException(HttpStatus.PAYMENT_REQUIRED, "retention_exceeded",
				"The plan keeps " + retentionDays + " days of stats history; ask for a later from date",
				Map.of("retentionDays", retentionDays), HttpHeaders.EMPTY);
	}

	/** 429 with {@code retryAfter} seconds in meta and the {@code Retry-After} header. */
	public static ApiException rateLimited(String message, long retryAfterSeconds, Map<String, Object> extraMeta) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		Map<String, Object> meta = new LinkedHashMap<>(extraMeta);
		meta.put("retryAfter", retryAfterSeconds);
		return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limit_exceeded", message, meta, headers);
	}

	private static Map<String, Object> orderedMeta(Object... pairs) {
		Map<String, Object> meta = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			meta.put((String) pairs[i], pairs[i + 1]);
		}
		return meta;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public Map<String, Object> meta() {
		return this.meta;
	}

	public HttpHeaders headers() {
		return this.headers;
	}

	public Envelope body() {
		return new Envelope(null, getMessage(), this.meta);
	}

}
