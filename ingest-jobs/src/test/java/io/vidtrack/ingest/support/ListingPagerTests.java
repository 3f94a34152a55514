package io.vidtrack.ingest.support;

import java.time.Instant;
import java.util.List;

import io.vidtrack.ingest.FakeTikTokClient;
import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.PostListing;
import org.junit.jupiter.api.Test;

import static io.vidtrack.ingest.FakeTikTokClient.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ListingPagerTests {

	private static final Instant T = Instant.parse("2026-11-25T20:00:00Z");

	private static final ScrapeTarget TARGET = ScrapeTarget.listing(7, "ana");

	private final FakeTikTokClient client = new FakeTikTokClient();

	private final FetchGuard guard = new FetchGuard();

	private final ListingPager pager = new ListingPager(this.client, this.guard, 2, 5);

	@Test
	void followsTheCursorUntilAPageEndsBeforeTheBound() {
		// given
		page(0, 100, true, post("5", "ana", T.minusSeconds(10), 1), post("4", "ana", T.minusSeconds(20), 1));
		page(100, 200, true, post("3", "ana", T.minusSeconds(30), 1), post("2", "ana", T.minusSeconds(40), 1));
		page(200, 300, true, post("1", "ana", T.minusSeconds(50), 1), post("0", "ana", T.minusSeconds(60), 1));

		// when
		List<Post> posts = this.pager.postsBackTo("sec-ana", T.minusSeconds(35), TARGET);

		// then
		assertThat(posts).extracting(Post::id).containsExactly("5", "4", "3", "2");
		assertThat(this.client.cursorsAsked()).containsExactly(0L, 100L);
	}

	@Test
	void readsOnPastAPinnedOldPostAtTheTop() {
		// given
		page(0, 100, true, post("1", "ana", T.minusSeconds(9000), 1), post("9", "ana", T.minusSeconds(10), 1));
		page(100, 200, false, post("8", "ana", T.minusSeconds(20), 1));

		// when
		List<Post> posts = this.pager.postsBackTo("sec-ana", T.minusSeconds(100), TARGET);

		// then
		assertThat(posts).extracting(Post::id).containsExactly("1", "9", "8");
	}

	@Test
	void stopsAtThePageCap() {
		// given
		ListingPager capped = new ListingPager(this.client, this.guard, 2, 1);
		page(0, 100, true, post("5", "ana", T.minusSeconds(10), 1), post("4", "ana", T.minusSeconds(20), 1));

		// when
		List<Post> posts = capped.postsBackTo("sec-ana", T.minusSeconds(1000), TARGET);

		// then
		assertThat(posts).hasSize(2);
		assertThat(this.client.requests()).isEqualTo(1);
	}

	@Test
	void failsTheWholeWalkWhenALaterPageCannotBeParsed() {
		// given
		page(0, 100, true, post("5", "ana", T.minusSeconds(10), 1), post("4", "ana", T.minusSeconds(20), 1));
		this.client.listing("sec-ana", 100, new FetchResult.LayoutChanged<>("itemList missing"));

		// when / then
		assertThatExceptionOfType(FetchFailedException.class)
			.isThrownBy(() -> this.pager.postsBackTo("sec-ana", T.minusSeconds(1000), TARGET))
			.satisfies((ex) -> {
				assertThat(ex.failure().outcome()).isEqualTo("layout_changed");
				assertThat(ex.failure().reason()).isEqualTo("itemList missing");
				assertThat(ex.failure().target()).isEqualTo(TARGET);
			});
	}

	@Test
	void makesNoRequestOnceTheJobWasBlocked() {
		// given
		this.client.listing("sec-ana", 0, new FetchResult.Blocked<>("captcha"));
		assertThatExceptionOfType(TikTokBlockedException.class)
			.isThrownBy(() -> this.pager.postsBackTo("sec-ana", T, TARGET));

		// when / then
		assertThatExceptionOfType(TikTokBlockedException.class)
			.isThrownBy(() -> this.pager.postsBackTo("sec-bob", T, TARGET))
			.withMessage("blocked by TikTok (captcha)");
		assertThat(this.client.requests()).isEqualTo(1);
	}

	private void page(long cursor, long next, boolean hasMore, Post... posts) {
		this.client.listing("sec-ana", cursor, new FetchResult.Ok<>(new PostListing(List.of(posts), hasMore, next)));
	}

}
