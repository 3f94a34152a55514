package io.vidtrack.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helper: plain HTTP against a running simulator, and the rehydration JSON cut out of a page. */
final class SimClient {

	private static final Pattern SCRIPT = Pattern.compile(
			"<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL);

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final URI base;

	SimClient(SimulatorServer server) {
		this.base = server.baseUrl();
	}

	HttpResponse<byte[]> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).GET(), headers);
	}

	HttpResponse<byte[]> send(HttpRequest.Builder request, String... headers) {
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<byte[]> post(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
	}

	String text(String path) {
		return new String(get(path).body(), StandardCharsets.UTF_8);
	}

	/** The page's {@code __DEFAULT_SCOPE__}, parsed. */
	JsonNode scopes(String path) {
		return scopesOf(text(path));
	}

	static String rehydrationJson(String page) {
		Matcher matcher = SCRIPT.matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("no rehydration script in the page");
		}
		return matcher.group(1);
	}

	static JsonNode scopesOf(String page) {
		return JSON.readTree(rehydrationJson(page)).path("__DEFAULT_SCOPE__");
	}

	static JsonNode json(byte[] body) {
		return JSON.readTree(new String(body, StandardCharsets.UTF_8));
	}

	/** A scope's size as the research measured it: re-serialized compact JSON. */
	static int sizeOf(JsonNode scope) {
		return JSON.writeValueAsBytes(scope).length;
	}

}
