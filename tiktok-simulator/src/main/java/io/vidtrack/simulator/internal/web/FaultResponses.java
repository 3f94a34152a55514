package io.vidtrack.simulator.internal.web;

import java.util.Map;

import io.vidtrack.simulator.Fault;

import org.jspecify.annotations.Nullable;

/** Faults that replace the response outright; the others (malformed, shell, latency) alter the real one. */
final class FaultResponses {

	private FaultResponses() {
	}

	static @Nullable Response replacing(Fault fault, int retryAfterSeconds, long seed) {
		return switch (fault) {
			case HTTP_429 -> Response.of(429, Response.JSON, "{\"statusCode\":10000,\"statusMsg\":\"Too many requests\"}")
				.withHeader("Retry-After", Integer.toString(retryAfterSeconds));
			case HTTP_500 -> Response.of(500, Response.HTML, "<html><body><h1>500 Internal Server Error</h1></body></html>");
			case HTTP_503 -> Response.of(503, Response.HTML,
					"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
			case CAPTCHA -> WafPage.render(seed);
			case EMPTY_BODY -> new Response(200, Response.JSON, Map.of());
			case MALFORMED_JSON, SHELL_PAGE, LATENCY -> null;
		};
	}

}
