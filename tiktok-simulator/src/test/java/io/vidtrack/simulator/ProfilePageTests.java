package io.vidtrack.simulator;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ProfilePageTests {

	private static SimulatorServer server;

	private static SimClient client;

	@BeforeAll
	static void start() {
		// every creator but the first is private, so both kinds are at hand
		server = SimulatorServer.start(Sims.config(new MutableClock(Sims.NOW)).withShares(0.15, 0.02, 1.0), 0);
		client = new SimClient(server);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void profilePageHasTheRealSizeAndShape() {
		// given
		SimCreator creator = server.population().creators().get(0);
		CreatorStats exact = server.population().creatorStatsAt(creator, Sims.NOW);

		// when
		String page = client.text("/@" + creator.handle());
		JsonNode scopes = SimClient.scopesOf(page);

		// then
		assertThat(page.getBytes(StandardCharsets.UTF_8).length).isBetween(311_000, 428_000);
		JsonNode detail = scopes.path("webapp.user-detail");
		assertThat(SimClient.sizeOf(detail)).isBetween(2_000, 3_200);
		assertThat(detail.path("statusCode").asInt()).isZero();
		assertThat(detail.at("/userInfo/user/uniqueId").stringValue()).isEqualTo(creator.handle());
		assertThat(detail.at("/userInfo/user/secUid").stringValue()).isEqualTo(creator.secUid());
		assertThat(detail.at("/userInfo/user/id").stringValue()).isEqualTo(creator.userId());
		assertThat(detail.at("/userInfo/statsV2/followerCount").stringValue()).isEqualTo(Long.toString(exact.followers()));
		assertThat(detail.at("/userInfo/statsV2/videoCount").stringValue()).isEqualTo(Long.toString(exact.videoCount()));
		assertThat(detail.at("/userInfo/stats/followerCount").isIntegralNumber()).isTrue();
		assertThat(detail.at("/userInfo/itemList").isArray()).isTrue();
		assertThat(detail.at("/userInfo/itemList").size()).isZero();
		assertThat(detail.at("/shareMeta/desc").stringValue()).startsWith("@" + creator.handle() + " ").contains("Followers");
	}

	@Test
	void handlesAreCaseInsensitive() {
		// given
		SimCreator creator = server.population().creators().get(0);

		// when
		JsonNode detail = client.scopes("/@" + creator.handle().toUpperCase() + "?lang=en").path("webapp.user-detail");

		// then
		assertThat(detail.at("/userInfo/user/uniqueId").stringValue()).isEqualTo(creator.handle());
	}

	@Test
	void unknownHandleAnswers10221WithoutUserInfo() {
		// when
		JsonNode detail = client.scopes("/@nobody.here").path("webapp.user-detail");

		// then
		assertThat(detail.path("statusCode").asInt()).isEqualTo(10221);
		assertThat(detail.path("statusMsg").stringValue()).isEqualTo("user not found");
		assertThat(detail.has("userInfo")).isFalse();
	}

	@Test
	void privateAccountAnswers10222AndStillShowsItsUser() {
		// given
		SimCreator creator = server.population().creators().get(1);

		// when
		JsonNode detail = client.scopes("/@" + creator.handle()).path("webapp.user-detail");

		// then
		assertThat(creator.privateAccount()).isTrue();
		assertThat(detail.path("statusCode").asInt()).isEqualTo(10222);
		assertThat(detail.at("/userInfo/user/privateAccount").asBoolean()).isTrue();
	}

}
