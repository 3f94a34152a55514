package io.vidtrack.api.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API over real HTTP, like a script with a key would, and parses the envelope. */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final @Nullable String key;

	private final Map<String, String> headers = new LinkedHashMap<>();

	ApiClient(String base, @Nullable String key) {
		this.base = base;
		this.key = key;
	}

	/** A client that sends this header too (Idempotency-Key, a raw Authorization, …). */
	public ApiClient with(String header, String value) {
		ApiClient client = new ApiClient(this.base, this.key);
		client.headers.putAll(this.headers);
		client.headers.put(header, value);
		return client;
	}

	public Response get(String path) {
		return send("GET", path, BodyPublishers.noBody());
	}

	public Response delete(String path) {
		return send("DELETE", path, BodyPublishers.noBody());
	}

	/** POST with a JSON body: a string is sent as is, anything else as JSON. */
	public Response post(String path, @Nullable Object body) {
		return send("POST", path, publisher(body));
	}

	/** POST with a body sent in chunks, with no declared length. */
	public Response postInChunks(String path, String body) {
		return send("POST", path, BodyPublishers.fromPublisher(BodyPublishers.ofString(body)));
	}

	public Response patch(String path, @Nullable Object body) {
		return send("PATCH", path, publisher(body));
	}

	private static BodyPublisher publisher(@Nullable Object body) {
		if (body == null) {
			return BodyPublishers.noBody();
		}
		return BodyPublishers.ofString((body instanceof String text) ? text : JSON.writeValueAsString(body));
	}

	private Response send(String method, String path, BodyPublisher body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).method(method, body);
		request.header("Content-Type", "application/json");
		if (this.key != null) {
			request.header("Authorization", "Bearer " + this.key);
		}
		this.headers.forEach(request::header);
		try {
			var response = HTTP.send(request.build(), BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One answer: status, raw body, and the body parsed (a missing node when it is not JSON). */
	public record Response(int status, String body, HttpHeaders headers) {

		public JsonNode json() {
			return this.body.isEmpty() ? JSON.missingNode() : JSON.readTree(this.body);
		}

		public JsonNode data() {
			return json().path("data");
		}

		public JsonNode meta() {
			return json().path("meta");
		}

		public String code() {
			return meta().path("code").asString();
		}

		public @Nullable String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
