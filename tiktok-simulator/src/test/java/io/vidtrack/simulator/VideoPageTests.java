package io.vidtrack.simulator;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class VideoPageTests {

	private static final MutableClock clock = new MutableClock(Sims.NOW);

	private static SimulatorServer server;

	private static SimClient client;

	@BeforeAll
	static void start() {
		server = SimulatorServer.start(Sims.config(clock), 0);
		client = new SimClient(server);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void videoPageHasTheRealSizeAndShape() {
		// given
		SimPost post = Sims.find(server.population(), p -> p.visible() && !p.photo());

		// when
		String page = client.text(Sims.pagePath(post));
		JsonNode scopes = SimClient.scopesOf(page);

		// then
		assertThat(page.getBytes(StandardCharsets.UTF_8).length).isBetween(287_000, 392_000);
		assertThat(scopes.has("webapp.app-context")).isTrue();
		assertThat(SimClient.sizeOf(scopes.path("webapp.biz-context"))).isBetween(40_000, 50_000);
		assertThat(SimClient.sizeOf(scopes.path("webapp.i18n-translation"))).isBetween(145_000, 190_000);
		assertThat(SimClient.sizeOf(scopes.path("webapp.video-detail"))).isBetween(28_000, 36_000);
		JsonNode item = scopes.at("/webapp.video-detail/itemInfo/itemStruct");
		assertThat(scopes.at("/webapp.video-detail/statusCode").asInt()).isZero();
		assertThat(item.path("id").stringValue()).isEqualTo(post.id());
		assertThat(item.path("desc").stringValue()).isEqualTo(post.caption());
		assertThat(item.path("createTime").stringValue()).isEqualTo(Long.toString(post.createdAt().getEpochSecond()));
		assertThat(item.at("/author/uniqueId").stringValue()).isEqualTo(post.creator().handle());
		assertThat(item.at("/author/secUid").stringValue()).isEqualTo(post.creator().secUid());
		assertThat(item.at("/video/cover").stringValue()).startsWith("https://");
		assertThat(item.at("/video/bitrateInfo").size()).isPositive();
		assertThat(item.at("/video/duration").asInt()).isPositive();
		assertThat(scopes.at("/seo.abtest/canonical").stringValue())
			.isEqualTo("https://www.tiktok.com/@" + post.creator().handle() + "/video/" + post.id());
	}

	@Test
	void slashesAndAngleBracketsAreEscapedInsideTheJson() {
		// given
		SimPost post = Sims.find(server.population(), p -> p.visible() && p.caption().contains("<3"));

		// when
		String json = SimClient.rehydrationJson(client.text(Sims.pagePath(post)));

		// then
		assertThat(json).doesNotContain("/").doesNotContain("<").doesNotContain(">");
		assertThat(json).contains("https:\\u002F\\u002Fwww.tiktok.com\\u002F@").contains("\\u003C3");
	}

	@Test
	void statsCarryTikToksQuirks() {
		// given
		SimPost post = Sims.find(server.population(), p -> p.visible() && !p.photo());
		SimStats exact = server.population().statsAt(post, Sims.NOW);

		// when
		JsonNode item = client.scopes(Sims.pagePath(post)).at("/webapp.video-detail/itemInfo/itemStruct");

		// then
		JsonNode statsV2 = item.path("statsV2");
		assertThat(statsV2.properties()).allSatisfy(entry -> assertThat(entry.getValue().isString()).isTrue());
		assertThat(statsV2.path("playCount").stringValue()).isEqualTo(String.valueOf(exact.views()));
		assertThat(statsV2.path("diggCount").stringValue()).isEqualTo(Long.toString(exact.likes()));
		assertThat(statsV2.path("commentCount").stringValue()).isEqualTo(Long.toString(exact.comments()));
		assertThat(statsV2.path("shareCount").stringValue()).isEqualTo(Long.toString(exact.shares()));
		assertThat(statsV2.path("collectCount").stringValue()).isEqualTo(Long.toString(exact.saves()));
		assertThat(statsV2.path("repostCount").stringValue()).isEqualTo("0");
		JsonNode stats = item.path("stats");
		assertThat(stats.path("collectCount").isString()).isTrue();
		assertThat(stats.path("playCount").isIntegralNumber()).isTrue();
		assertThat(stats.path("diggCount").asLong()).isLessThanOrEqualTo(exact.likes());
		assertThat(item.path("authorStatsV2").path("followerCount").isString()).isTrue();
		assertThat(item.path("authorStats").path("followerCount").isIntegralNumber()).isTrue();
	}

	@Test
	void photoPageCarriesTheCarousel() {
		// given
		SimPost post = Sims.find(server.population(), p -> p.visible() && p.photo());

		// when
		String page = client.text(Sims.pagePath(post));
		JsonNode scopes = SimClient.scopesOf(page);

		// then
		assertThat(page.getBytes(StandardCharsets.UTF_8).length).isBetween(250_000, 300_000);
		assertThat(SimClient.sizeOf(scopes.path("webapp.video-detail"))).isBetween(8_000, 15_000);
		JsonNode item = scopes.at("/webapp.video-detail/itemInfo/itemStruct");
		assertThat(item.at("/imagePost/images").size()).isGreaterThanOrEqualTo(2);
		assertThat(item.at("/imagePost/images/0/imageURL/urlList/0").stringValue()).startsWith("https://p16-");
		assertThat(item.at("/video/duration").asInt()).isZero();
		assertThat(scopes.at("/seo.abtest/canonical").stringValue()).contains("/photo/" + post.id());
	}

	@Test
	void somePhotoPostsShowNoPlayCount() {
		// given
		Population population = server.population();
		SimPost post = Sims.find(population, p -> p.visible() && p.photo() && population.statsAt(p, Sims.NOW).views() == null);

		// when
		JsonNode item = client.scopes(Sims.pagePath(post)).at("/webapp.video-detail/itemInfo/itemStruct");

		// then
		assertThat(item.path("stats").has("playCount")).isFalse();
		assertThat(item.path("statsV2").has("playCount")).isFalse();
		assertThat(item.path("statsV2").has("diggCount")).isTrue();
	}

	@Test
	void deletedPostAnswers10204WithTheUsualPadding() {
		// given
		SimPost post = Sims.find(server.population(), p -> p.deleted());

		// when
		String page = client.text(Sims.pagePath(post));
		JsonNode detail = SimClient.scopesOf(page).path("webapp.video-detail");

		// then
		assertThat(page.getBytes(StandardCharsets.UTF_8).length).isBetween(230_000, 280_000);
		assertThat(detail.path("statusCode").asInt()).isEqualTo(10204);
		assertThat(detail.path("statusMsg").stringValue()).isEqualTo("item_privacy_authorization&status_deleted");
		assertThat(detail.has("itemInfo")).isFalse();
	}

	@Test
	void privatePostAnswers10216() {
		// given
		SimPost post = Sims.find(server.population(), p -> p.privatePost() && !p.deleted());

		// when
		JsonNode detail = client.scopes(Sims.pagePath(post)).path("webapp.video-detail");

		// then
		assertThat(detail.path("statusCode").asInt()).isEqualTo(10216);
		assertThat(detail.has("itemInfo")).isFalse();
	}

	@Test
	void unknownOrForgedIdAnswersItemDoesNotExist() {
		// given
		SimPost post = Sims.find(server.population(), SimPost::visible);
		String forged = Long.toString(Long.parseLong(post.id()) + (1L << 32));

		// when
		JsonNode forgedDetail = client.scopes("/@whoever/video/" + forged).path("webapp.video-detail");
		JsonNode junkDetail = client.scopes("/@/video/12345").path("webapp.video-detail");

		// then
		assertThat(forgedDetail.path("statusCode").asInt()).isEqualTo(10204);
		assertThat(forgedDetail.path("statusMsg").stringValue()).isEqualTo("item doesn't exist");
		assertThat(junkDetail.path("statusCode").asInt()).isEqualTo(10204);
	}

	@Test
	void postIsFoundByIdWhateverTheHandle() {
		// given
		SimPost post = Sims.find(server.population(), p -> p.visible() && !p.photo());

		// when
		JsonNode viaEmpty = client.scopes("/@/video/" + post.id());
		JsonNode viaOther = client.scopes("/@someone.else/photo/" + post.id() + "/?is_from_webapp=1");

		// then
		assertThat(viaEmpty.at("/webapp.video-detail/itemInfo/itemStruct/id").stringValue()).isEqualTo(post.id());
		assertThat(viaOther.at("/webapp.video-detail/itemInfo/itemStruct/id").stringValue()).isEqualTo(post.id());
	}

	@Test
	void sameSeedAndInstantGiveTheSameBytes() {
		// given
		SimPost post = Sims.find(server.population(), p -> p.visible() && !p.photo());
		byte[] first = client.get(Sims.pagePath(post)).body();

		// when
		byte[] second;
		try (SimulatorServer twin = SimulatorServer.start(Sims.config(new MutableClock(Sims.NOW)), 0)) {
			second = new SimClient(twin).get(Sims.pagePath(post)).body();
		}

		// then
		assertThat(second).isEqualTo(first);
	}

}
