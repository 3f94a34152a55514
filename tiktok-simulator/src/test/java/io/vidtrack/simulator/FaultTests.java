package io.vidtrack.simulator;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultTests {

	private static SimulatorServer server;

	private static SimClient client;

	private static SimPost post;

	@BeforeAll
	static void start() {
		server = SimulatorServer.start(Sims.config(new MutableClock(Sims.NOW)), 0);
		client = new SimClient(server);
		post = Sims.find(server.population(), p -> p.visible() && !p.photo());
	}

	@AfterEach
	void reset() {
		server.faults().reset();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void tooManyRequestsCarriesRetryAfter() {
		// given
		server.faults().setRetryAfterSeconds(7);

		// when
		HttpResponse<byte[]> response = client.get(Sims.pagePath(post), "X-Sim-Fault", "429");

		// then
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
	}

	@Test
	void serverErrorsAreSmall() {
		// when
		HttpResponse<byte[]> error500 = client.get(Sims.pagePath(post), "X-Sim-Fault", "500");
		HttpResponse<byte[]> error503 = client.get(Sims.pagePath(post), "X-Sim-Fault", "503");

		// then
		assertThat(error500.statusCode()).isEqualTo(500);
		assertThat(error503.statusCode()).isEqualTo(503);
		assertThat(error503.body().length).isLessThan(1000);
	}

	@Test
	void captchaIsAWafChallengeWithoutRehydration() {
		// when
		HttpResponse<byte[]> response = client.get(Sims.pagePath(post), "X-Sim-Fault", "captcha");
		String page = new String(response.body(), StandardCharsets.UTF_8);

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().length).isBetween(1000, 2500);
		assertThat(page).contains("Please wait...", "SlardarWAF", "<div id=\"cs\" class=\"",
				"<div id=\"wci\" class=\"_wafchallengeid\">");
		assertThat(page).doesNotContain("__UNIVERSAL_DATA_FOR_REHYDRATION__");
	}

	@Test
	void malformedJsonBreaksTheRehydrationScript() {
		// when
		String page = new String(client.get(Sims.pagePath(post), "X-Sim-Fault", "malformed").body(),
				StandardCharsets.UTF_8);

		// then
		assertThatThrownBy(() -> SimClient.scopesOf(page)).isInstanceOf(JacksonException.class);
	}

	@Test
	void malformedListingIsCutShort() {
		// when
		byte[] body = client.get("/api/post/item_list/?secUid=" + post.creator().secUid() + "&cursor=0",
				"X-Sim-Fault", "malformed").body();

		// then
		assertThatThrownBy(() -> SimClient.json(body)).isInstanceOf(JacksonException.class);
	}

	@Test
	void shellPageHasNoDetailScopes() {
		// when
		JsonNode scopes = SimClient.scopesOf(new String(
				client.get(Sims.pagePath(post), "X-Sim-Fault", "shell").body(), StandardCharsets.UTF_8));
		JsonNode profileScopes = SimClient.scopesOf(new String(
				client.get("/@" + post.creator().handle(), "X-Sim-Fault", "shell").body(), StandardCharsets.UTF_8));

		// then
		assertThat(scopes.has("webapp.app-context")).isTrue();
		assertThat(scopes.has("webapp.i18n-translation")).isTrue();
		assertThat(scopes.has("seo.abtest")).isTrue();
		assertThat(scopes.has("webapp.video-detail")).isFalse();
		assertThat(profileScopes.has("webapp.user-detail")).isFalse();
	}

	@Test
	void emptyBodyIsA200WithNothing() {
		// when
		HttpResponse<byte[]> response = client.get("/api/post/item_list/?secUid=" + post.creator().secUid(),
				"X-Sim-Fault", "empty");

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void latencyDelaysTheNormalResponse() {
		// given
		server.faults().setSlowMs(300);

		// when
		long started = System.nanoTime();
		HttpResponse<byte[]> response = client.get(Sims.pagePath(post), "X-Sim-Fault", "latency");
		long elapsedMs = (System.nanoTime() - started) / 1_000_000;

		// then
		assertThat(elapsedMs).isGreaterThanOrEqualTo(300);
		assertThat(SimClient.scopesOf(new String(response.body(), StandardCharsets.UTF_8))
			.at("/webapp.video-detail/statusCode").asInt()).isZero();
	}

	@Test
	void failNextHitsExactlyTheNextMatchingRequests() {
		// given
		server.faults().failNext("/@", Fault.HTTP_503, 2);

		// when
		int listing = client.get("/api/post/item_list/?secUid=" + post.creator().secUid()).statusCode();
		List<Integer> pages = IntStream.range(0, 3).mapToObj(i -> client.get(Sims.pagePath(post)).statusCode()).toList();

		// then
		assertThat(listing).isEqualTo(200);
		assertThat(pages).containsExactly(503, 503, 200);
	}

	@Test
	void postFaultAppliesToThatPostUntilCleared() {
		// given
		SimPost other = Sims.find(server.population(), p -> p.visible() && !p.id().equals(post.id()));
		server.faults().setPostFault(post.id(), Fault.CAPTCHA);

		// when
		String faulted = client.text(Sims.pagePath(post));
		String untouched = client.text(Sims.pagePath(other));
		server.faults().clearPostFault(post.id());
		String cleared = client.text(Sims.pagePath(post));

		// then
		assertThat(faulted).contains("SlardarWAF");
		assertThat(untouched).contains("__UNIVERSAL_DATA_FOR_REHYDRATION__");
		assertThat(cleared).contains("__UNIVERSAL_DATA_FOR_REHYDRATION__");
	}

	@Test
	void markedPostsDisappearFromPagesAndListings() {
		// given
		List<SimPost> visible = server.population().postsOf(post.creator(), Sims.NOW).stream()
			.filter(SimPost::visible)
			.toList();
		SimPost deleted = visible.get(0);
		SimPost hidden = visible.get(1);

		// when
		server.faults().markDeleted(deleted.id()).markPrivate(hidden.id());
		JsonNode listing = SimClient.json(client.get("/api/post/item_list/?secUid=" + post.creator().secUid()).body());

		// then
		assertThat(client.scopes(Sims.pagePath(deleted)).at("/webapp.video-detail/statusCode").asInt()).isEqualTo(10204);
		assertThat(client.scopes(Sims.pagePath(hidden)).at("/webapp.video-detail/statusCode").asInt()).isEqualTo(10216);
		assertThat(listing.path("itemList").valueStream().map(item -> item.path("id").stringValue()))
			.doesNotContain(deleted.id(), hidden.id());
		assertThat(server.population().post(deleted.id())).hasValueSatisfying(p -> assertThat(p.deleted()).isTrue());
	}

	@Test
	void requestCountCountsServedRequestsButNotAdminOnes() {
		// given
		long before = server.requestCount();

		// when
		client.get(Sims.pagePath(post), "X-Sim-Fault", "captcha");
		client.get("/t/x");
		client.get("/_sim/health");

		// then
		assertThat(server.requestCount() - before).isEqualTo(2);
	}

	@Test
	void globalRatesApplyAndResetClearsThem() {
		// given
		server.faults().setRate429(1.0);

		// when
		int limited = client.get(Sims.pagePath(post)).statusCode();
		server.faults().reset();
		int normal = client.get(Sims.pagePath(post)).statusCode();

		// then
		assertThat(limited).isEqualTo(429);
		assertThat(normal).isEqualTo(200);
	}

	@Test
	void ratesCanBeSetOverHttpAndAdminPathsAreNeverFaulted() {
		// when
		int set = client.post("/_sim/faults?rate5xx=1.0&retryAfterSeconds=3").statusCode();
		int page = client.get(Sims.pagePath(post)).statusCode();
		int health = client.get("/_sim/health").statusCode();
		int reset = client.post("/_sim/faults/reset").statusCode();

		// then
		assertThat(set).isEqualTo(200);
		assertThat(page).isIn(500, 503);
		assertThat(health).isEqualTo(200);
		assertThat(reset).isEqualTo(200);
		assertThat(server.faults().rate5xx()).isZero();
		assertThat(client.get(Sims.pagePath(post)).statusCode()).isEqualTo(200);
	}

	@Test
	void randomFaultsFollowTheRequestSequence() {
		// given
		server.faults().setRate5xx(0.5);

		// when
		List<Integer> first = IntStream.range(0, 20).mapToObj(i -> client.get("/t/x").statusCode()).toList();
		server.faults().reset();
		server.faults().setRate5xx(0.5);
		List<Integer> second = IntStream.range(0, 20).mapToObj(i -> client.get("/t/x").statusCode()).toList();

		// then
		assertThat(first).contains(301).containsAnyOf(500, 503).isEqualTo(second);
	}

}
