package io.vidtrack.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ListingTests {

	private static SimulatorServer server;

	private static SimClient client;

	@BeforeAll
	static void start() {
		// many deleted and private posts, so skipping them is really exercised
		server = SimulatorServer.start(Sims.config(new MutableClock(Sims.NOW)).withShares(0.15, 0.2, 0.1), 0);
		client = new SimClient(server);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void pagingFromZeroToTheEndYieldsEveryVisiblePostOnceNewestFirst() {
		// given
		SimCreator creator = server.population().creators().get(0);
		List<String> expected = server.population().postsOf(creator, Sims.NOW).stream()
			.filter(SimPost::visible)
			.map(SimPost::id)
			.toList();

		// when
		List<String> listed = new ArrayList<>();
		String cursor = "0";
		boolean hasMore = true;
		int pages = 0;
		while (hasMore) {
			JsonNode page = listing(creator.secUid(), cursor, 7);
			page.path("itemList").forEach(item -> listed.add(item.path("id").stringValue()));
			cursor = page.path("cursor").stringValue();
			hasMore = page.path("hasMore").asBoolean();
			assertThat(++pages).isLessThan(100);
		}

		// then
		assertThat(expected).hasSizeGreaterThan(7);
		assertThat(listed).containsExactlyElementsOf(expected);
	}

	@Test
	void listingHasTheApiShape() {
		// given
		SimCreator creator = server.population().creators().get(0);

		// when
		JsonNode page = listing(creator.secUid(), "0", 5);

		// then
		assertThat(page.path("statusCode").asInt()).isZero();
		assertThat(page.path("status_code").asInt()).isZero();
		assertThat(page.path("cursor").isString()).isTrue();
		assertThat(page.path("extra").path("now").asLong()).isEqualTo(Sims.NOW.toEpochMilli());
		assertThat(page.path("log_pb").path("impr_id").stringValue()).isNotBlank();
		JsonNode item = page.path("itemList").path(0);
		assertThat(item.path("createTime").isIntegralNumber()).isTrue();
		assertThat(item.path("statsV2").path("diggCount").isString()).isTrue();
		assertThat(item.path("stats").path("diggCount").isIntegralNumber()).isTrue();
		assertThat(item.at("/author/secUid").stringValue()).isEqualTo(creator.secUid());
		assertThat(page.path("cursor").stringValue())
			.isEqualTo(Long.toString(page.path("itemList").path(4).path("createTime").asLong() * 1000));
		assertThat(SimClient.sizeOf(item)).isBetween(3_000, 8_000);
	}

	@Test
	void newPostsAndHigherCountsShowAsTheClockMoves() {
		// given
		MutableClock clock = new MutableClock(Sims.NOW);
		try (SimulatorServer moving = SimulatorServer.start(Sims.config(clock).withShares(0.15, 0, 0), 0)) {
			SimClient movingClient = new SimClient(moving);
			String secUid = moving.population().creators().get(0).secUid();
			JsonNode before = SimClient.json(movingClient.get("/api/post/item_list/?secUid=" + secUid).body());

			// when
			clock.advance(Duration.ofDays(5));
			JsonNode after = SimClient.json(movingClient.get("/api/post/item_list/?secUid=" + secUid).body());

			// then
			JsonNode newestBefore = before.path("itemList").path(0);
			assertThat(after.path("itemList").path(0).path("createTime").asLong())
				.isGreaterThan(newestBefore.path("createTime").asLong());
			JsonNode sameLater = after.path("itemList").valueStream()
				.filter(item -> item.path("id").equals(newestBefore.path("id")))
				.findFirst()
				.orElseThrow();
			assertThat(Long.parseLong(sameLater.at("/statsV2/diggCount").stringValue()))
				.isGreaterThan(Long.parseLong(newestBefore.at("/statsV2/diggCount").stringValue()));
		}
	}

	@Test
	void countIsCappedAt35() {
		// given
		SimulatorConfig busy = Sims.config(new MutableClock(Sims.NOW)).withPostEveryHours(2, 3);
		try (SimulatorServer prolific = SimulatorServer.start(busy, 0)) {
			// when
			JsonNode page = SimClient.json(new SimClient(prolific)
				.get("/api/post/item_list/?secUid=" + prolific.population().creators().get(0).secUid() + "&count=500")
				.body());

			// then
			assertThat(page.path("itemList").size()).isEqualTo(35);
			assertThat(page.path("hasMore").asBoolean()).isTrue();
		}
	}

	@Test
	void unknownSecUidAnswers10221AndNoItems() {
		// when
		JsonNode page = listing("MS4wLjABAAAAnobody", "0", 30);

		// then
		assertThat(page.path("statusCode").asInt()).isEqualTo(10221);
		assertThat(page.path("itemList").size()).isZero();
		assertThat(page.path("hasMore").asBoolean()).isFalse();
	}

	private static JsonNode listing(String secUid, String cursor, int count) {
		return SimClient.json(
				client.get("/api/post/item_list/?aid=1988&secUid=" + secUid + "&count=" + count + "&cursor=" + cursor)
					.body());
	}

}
