package io.vidtrack.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimPost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole stack as {@code ./vidtrack local} runs it (embedded Postgres and Kafka, the simulator, the three app
 * jars in their own JVMs), driven only through the v1 API: what a user does, end to end. Needs the apps' jars,
 * which {@code mvn verify} builds before this module.
 */
class LocalStackEndToEndTests {

	private static final Duration PATIENCE = Duration.ofSeconds(150);

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static LocalStack.Running stack;

	private static String api;

	@BeforeAll
	static void startTheStack() throws Exception {
		Path home = Files.createTempDirectory("vidtrack-e2e");
		Map<String, String> env = new HashMap<>();
		env.put("VIDTRACK_HOME", home.toString());
		env.put("VIDTRACK_API_PORT", Integer.toString(freePort()));
		env.put("VIDTRACK_SIM_PORT", Integer.toString(freePort()));
		env.put("VIDTRACK_PG_PORT", Integer.toString(freePort()));
		env.put("VIDTRACK_KAFKA_PORT", Integer.toString(freePort()));
		LocalSettings settings = LocalSettings.from(env, true);
		stack = LocalStack.start(settings, Path.of("..").toAbsolutePath().normalize());
		api = "http://localhost:" + settings.apiPort();
		await("the API to answer", () -> get("/api/v1/org"), (response) -> response.path("data").has("plan"));
	}

	@AfterAll
	static void stopTheStack() {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void aVideoAddedByUrlIsCapturedAndCountedThenAnApprovalAndAnExclusionMoveTheTotals() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(stack.database().dataSource());
		long launch = stack.firstProjectId();
		long program = launch + 1;
		long brand = launch + 2;

		// given a video (a day old, so it has views) of a creator no project tracks
		SimCreator stranger = stack.simulator().population().creators().get(21);
		SimPost post = stack.simulator().population().postsOf(stranger, Instant.now()).stream()
			.filter((candidate) -> candidate.visible() && !candidate.photo()
					&& candidate.createdAt().isBefore(Instant.now().minus(Duration.ofDays(1))))
			.findFirst()
			.orElseThrow();

		// when it is added by URL
		JsonNode added = send("POST", "/api/v1/projects/" + brand + "/videos",
				"{\"url\": \"https://www.tiktok.com/@" + stranger.handle() + "/video/" + post.id() + "\"}");
		long videoId = added.path("data").path("id").asLong();

		// then it is captured within seconds, and its views reach the project's totals
		JsonNode captured = await("the added video's capture", () -> get("/api/v1/videos/" + videoId),
				(video) -> !video.path("data").path("last_scraped_at").isNull());
		assertThat(captured.path("data").path("view_count").asLong()).isPositive();
		awaitTotalsMatchPostgres(jdbc, brand);

		// given a captured video waiting in the selective project's inbox, which counts nothing yet
		JsonNode inbox = await("a captured pending video", () -> get("/api/v1/projects/" + program + "/inbox"),
				(page) -> firstCaptured(page) != null);
		JsonNode pending = firstCaptured(inbox);
		long pendingId = pending.path("id").asLong();
		assertThat(get("/api/v1/projects/" + program).path("data").path("stats").path("videos").asLong()).isZero();

		// when it is approved
		send("POST", "/api/v1/projects/" + program + "/inbox/approve", "{\"video_ids\": [" + pendingId + "]}");

		// then the project counts it with its whole history
		JsonNode approved = awaitTotalsMatchPostgres(jdbc, program);
		long views = jdbc.queryForObject("select coalesce(view_count, 0) from videos where id = ?", Long.class,
				pendingId);
		assertThat(approved.path("videos").asLong()).isEqualTo(1);
		assertThat(approved.path("views").asLong()).isEqualTo(views);
		JsonNode series = get("/api/v1/analytics?entity=project&entity_id=" + program
				+ "&metric=views&mode=cumulative").path("data").path("series");
		assertThat(series.get(series.size() - 1).path("value").asLong()).isEqualTo(views);

		// when it is excluded
		send("POST", "/api/v1/projects/" + program + "/inbox/exclude", "{\"video_ids\": [" + pendingId + "]}");

		// then it is gone from the list, the detail and the totals
		JsonNode excluded = awaitTotalsMatchPostgres(jdbc, program);
		assertThat(excluded.path("videos").asLong()).isZero();
		assertThat(excluded.path("views").asLong()).isZero();
		assertThat(get("/api/v1/videos?project_id=" + program + "&limit=100").path("data").findValues("id"))
			.noneMatch((id) -> id.asLong() == pendingId);
		assertThat(status("/api/v1/videos/" + pendingId)).isEqualTo(404);
	}

	private static JsonNode firstCaptured(JsonNode page) {
		for (JsonNode video : page.path("data")) {
			if (!video.path("last_scraped_at").isNull()) {
				return video;
			}
		}
		return null;
	}

	/** Waits until the project's stats equal its counted videos' latest counts in Postgres, and returns them. */
	private static JsonNode awaitTotalsMatchPostgres(JdbcTemplate jdbc, long project) throws Exception {
		return await("project " + project + " totals to match Postgres", () -> get("/api/v1/projects/" + project),
				(response) -> {
					Map<String, Object> expected = jdbc.queryForMap("""
							select count(*) as videos, coalesce(sum(coalesce(view_count, 0)), 0) as views
							from videos where project_id = ? and counted""", project);
					JsonNode stats = response.path("data").path("stats");
					return stats.path("videos").asLong() == ((Number) expected.get("videos")).longValue()
							&& stats.path("views").asLong() == ((Number) expected.get("views")).longValue();
				}).path("data").path("stats");
	}

	private interface Call {

		JsonNode call() throws Exception;

	}

	private static JsonNode await(String what, Call call, Predicate<JsonNode> done) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		JsonNode last = null;
		while (System.nanoTime() < deadline) {
			try {
				last = call.call();
				if (done.test(last)) {
					return last;
				}
			}
			catch (IOException notYet) {
				// the app is still starting
			}
			assertThat(stack.apps().anyDied()).as("an app died; see its log").isFalse();
			// the demo key may make 60 requests a minute: a poll a second keeps a long wait inside that
			Thread.sleep(1_050);
		}
		throw new AssertionError("gave up waiting for " + what + "; last answer: " + last);
	}

	private static JsonNode get(String path) throws Exception {
		return send("GET", path, null);
	}

	private static int status(String path) throws Exception {
		return HTTP.send(request("GET", path, null), BodyHandlers.discarding()).statusCode();
	}

	private static JsonNode send(String method, String path, String body) throws Exception {
		var response = HTTP.send(request(method, path, body), BodyHandlers.ofString());
		JsonNode json = JSON.readTree(response.body());
		if (response.statusCode() >= 300) {
			throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + json);
		}
		return json;
	}

	private static HttpRequest request(String method, String path, String body) {
		return HttpRequest.newBuilder(URI.create(api + path))
			.header("Authorization", "Bearer " + stack.apiKey())
			.header("Content-Type", "application/json")
			.method(method, (body == null) ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
			.build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
