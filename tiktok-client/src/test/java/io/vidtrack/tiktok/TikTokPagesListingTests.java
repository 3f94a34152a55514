package io.vidtrack.tiktok;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vidtrack.tiktok.FetchResult.GoneReason;

import static io.vidtrack.tiktok.PageFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

class TikTokPagesListingTests {

	@Test
	void readsEveryUsableItemWithItsStats() {
		// when
		FetchResult<PostListing> result = TikTokPages.parseListing(page("listing.json"));

		// then: the third item has no stats and is skipped, not fatal
		String secUid = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM";
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new PostListing(java.util.List.of(
				new Post("7421688026996585528", "demo.creator", secUid, "cheap pasta night #food #recipe",
						Instant.ofEpochSecond(1727996417), "https://p16-sign.tiktokcdn-us.com/cover1.image", false,
						new PostStats(412318L, 12341, 456, 1873, 2291)),
				new Post("7419000000000000001", "demo.creator", secUid, "photo dump", Instant.ofEpochSecond(1727370000),
						"https://p16-sign.tiktokcdn.com/dump1.jpeg", true, new PostStats(null, 803, 12, 3, 40))),
				true, 1726000000000L)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " \n" })
	void reportsAnEmptyBodyAsATransientFailure(String body) {
		// when
		FetchResult<PostListing> result = TikTokPages.parseListing(body.getBytes(StandardCharsets.UTF_8));

		// then
		assertThat(result).isEqualTo(new FetchResult.Failed<>("empty listing body"));
	}

	@Test
	void readsTheLastPageWithoutAnItemList() {
		// when
		FetchResult<PostListing> result = TikTokPages.parseListing(page("listing-end.json"));

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new PostListing(java.util.List.of(), false, 0)));
	}

	@Test
	void readsAnEmptyItemListAsNoPosts() {
		// when
		FetchResult<PostListing> result = TikTokPages.parseListing(
				"{\"statusCode\":0,\"cursor\":\"1726000000000\",\"hasMore\":true,\"itemList\":[]}".getBytes());

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new PostListing(java.util.List.of(), true, 1726000000000L)));
	}

	@Test
	void classifiesAMissingCreatorAsGone() {
		// when
		FetchResult<PostListing> result = TikTokPages.parseListing(page("listing-not-found.json"));

		// then
		assertThat(result).isEqualTo(new FetchResult.Gone<>(GoneReason.NOT_FOUND, 10221, "user not exist"));
	}

	@Test
	void classifiesAWallInsteadOfJsonAsBlocked() {
		// when
		FetchResult<PostListing> waf = TikTokPages.parseListing(page("waf.html"));
		FetchResult<PostListing> verify = TikTokPages.parseListing(page("verify.html"));

		// then
		assertThat(waf).isInstanceOf(FetchResult.Blocked.class);
		assertThat(verify).isInstanceOf(FetchResult.Blocked.class);
	}

	@Test
	void reportsMalformedAndUnreadableListingsAsLayoutChanged() {
		// when
		FetchResult<PostListing> truncated = TikTokPages.parseListing("{\"statusCode\":0,\"itemList\":[{\"id\"".getBytes());
		FetchResult<PostListing> noItems = TikTokPages.parseListing("{\"statusCode\":0,\"hasMore\":true}".getBytes());
		FetchResult<PostListing> allBad = TikTokPages.parseListing(
				"{\"statusCode\":0,\"hasMore\":false,\"itemList\":[{\"desc\":\"no id\"}]}".getBytes());

		// then
		assertThat(truncated).isInstanceOfSatisfying(FetchResult.LayoutChanged.class,
				(changed) -> assertThat(changed.reason()).startsWith("malformed listing JSON: "));
		assertThat(noItems).isEqualTo(new FetchResult.LayoutChanged<>("listing has more posts but no itemList"));
		assertThat(allBad).isInstanceOf(FetchResult.LayoutChanged.class);
	}

}
