package io.vidtrack.simulator;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortLinkTests {

	private static SimulatorServer server;

	private static SimClient client;

	@BeforeAll
	static void start() {
		server = SimulatorServer.start(Sims.config(new MutableClock(Sims.NOW)), 0);
		client = new SimClient(server);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void shortLinkRedirectsToTheAbsoluteTikTokUrl() {
		// given
		SimPost post = Sims.find(server.population(), p -> !p.photo());
		String code = server.population().shortCodeOf(post.id());

		// when
		HttpResponse<byte[]> response = client.get("/t/" + code + "/");

		// then
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
			.startsWith("https://www.tiktok.com/@" + post.creator().handle() + "/video/" + post.id() + "?"));
	}

	@Test
	void headIsEnoughToResolve() {
		// given
		SimPost post = Sims.find(server.population(), SimPost::photo);
		String code = server.population().shortCodeOf(post.id());

		// when
		HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(server.baseUrl().resolve("/t/" + code))
			.method("HEAD", HttpRequest.BodyPublishers.noBody()));

		// then
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/@" + post.creator().handle() + "/photo/" + post.id()));
	}

	@Test
	void unknownCodeGoesToTheHomePage() {
		// when
		HttpResponse<byte[]> response = client.get("/t/ZMnotreal1/");

		// then
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValue("https://www.tiktok.com/?_r=1");
	}

}
