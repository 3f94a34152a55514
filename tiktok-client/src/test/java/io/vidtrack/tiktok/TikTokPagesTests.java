package io.vidtrack.tiktok;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vidtrack.tiktok.FetchResult.GoneReason;

import static io.vidtrack.tiktok.PageFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

class TikTokPagesTests {

	private static final String VIDEO_ID = "7421688026996585528";

	private static final String SEC_UID = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM";

	private static final String COVER = "https://p16-sign.tiktokcdn-us.com/obj/tos-useast5-p-0068-tx/cover1~tplv-tiktokx-origin.image?x-expires=1728169200";

	private static final Post PASTA = new Post(VIDEO_ID, "demo.creator", SEC_UID, "cheap pasta night #food #recipe",
			Instant.ofEpochSecond(1727996417), COVER, false, new PostStats(412318L, 12341, 456, 1873, 2291));

	@Test
	void readsTheVideoItemWithExactStatsV2Counts() {
		// when
		FetchResult<Post> result = TikTokPages.parsePost(page("video.html"), VIDEO_ID);

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(PASTA));
	}

	@Test
	void readsARealSizedPageWithTheDetailScopeLast() {
		// given
		byte[] html = RealSizedPages.videoPage();

		// when
		FetchResult<Post> result = TikTokPages.parsePost(html, RealSizedPages.VIDEO_ID);

		// then
		assertThat(html.length).isBetween(290_000, 330_000);
		assertThat(result).isInstanceOfSatisfying(FetchResult.Ok.class, (ok) -> assertThat(ok.value())
			.usingRecursiveComparison().ignoringFields("coverUrl").isEqualTo(PASTA));
	}

	@Test
	void readsAPhotoCarouselWithoutViews() {
		// when
		FetchResult<Post> result = TikTokPages.parsePost(page("photo.html"), "7240568259186019630");

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new Post("7240568259186019630", "chillezy",
				"MS4wLjABAAAAphotoSecUid", "sunday reset <3", Instant.ofEpochSecond(1685987001),
				"https://p16-sign-useast2a.tiktokcdn.com/photo-cover.jpeg", true, new PostStats(null, 15012, 88, 31, 412))));
	}

	@Test
	void readsCountsGivenAsStringsWhenThereIsNoStatsV2() {
		// when
		FetchResult<Post> result = TikTokPages.parsePost(page("string-counts.html"), "7198206283571285294");

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new Post("7198206283571285294", "older.capture",
				"MS4wLjABAAAAolder", "", Instant.ofEpochSecond(1675963028),
				"https://p16-sign.tiktokcdn-us.com/origin-only.image", false, new PostStats(1500321L, 98765, 4572, 13001, 97723))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "reindented.html", "mobile-reflow.html" })
	void readsReindentedAndMobilePages(String fixture) {
		// when
		FetchResult<Post> result = TikTokPages.parsePost(page(fixture), VIDEO_ID);

		// then
		assertThat(result).isInstanceOfSatisfying(FetchResult.Ok.class,
				(ok) -> assertThat(((Post) ok.value()).stats()).isEqualTo(PASTA.stats()));
	}

	@Test
	void fallsBackToJsoupWhenTheScriptTagIsUnusual() {
		// given: a '>' inside an attribute before the id defeats the byte scan
		String html = new String(page("video.html"), StandardCharsets.UTF_8).replace(
				"<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\"",
				"<script data-note=\"a>b\" id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\"");

		// when
		FetchResult<Post> result = TikTokPages.parsePost(html.getBytes(StandardCharsets.UTF_8), VIDEO_ID);

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(PASTA));
	}

	@Test
	void findsTheRealScopeWhenItsNameAlsoAppearsDeeperInTheJson() {
		// given: a nested key of the same name, before the real scope
		byte[] html = edited("video.html", "\"webapp.app-context\":{",
				"\"webapp.app-context\":{\"preload\":{\"webapp.video-detail\":{\"statusCode\":0}},");

		// when
		FetchResult<Post> result = TikTokPages.parsePost(html, VIDEO_ID);

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(PASTA));
	}

	@Test
	void readsTheItemWhenOnlyAScopeItDoesNotNeedIsBroken() {
		// given: a broken i18n scope before the video detail; the item itself is intact
		byte[] broken = edited("video.html", "\"LiveTab\":\"LIVE\"", "\"LiveTab\":LIVE");
		byte[] brokenAndUnreachable = edited(broken, "\"webapp.video-detail\":{", "\"webapp.video-detail\" :{");

		// when
		FetchResult<Post> sought = TikTokPages.parsePost(broken, VIDEO_ID);
		FetchResult<Post> streamed = TikTokPages.parsePost(brokenAndUnreachable, VIDEO_ID);

		// then: the key search reads the intact item; the streaming read has to go through the broken part
		assertThat(sought).isEqualTo(new FetchResult.Ok<>(PASTA));
		assertThat(streamed).isInstanceOfSatisfying(FetchResult.LayoutChanged.class,
				(changed) -> assertThat(changed.reason()).startsWith("malformed rehydration JSON: "));
	}

	@Test
	void readsLegacySigiStateAndNextDataPages() {
		// when
		FetchResult<Post> sigi = TikTokPages.parsePost(page("sigi-state.html"), "7198206283571285294");
		FetchResult<Post> next = TikTokPages.parsePost(page("next-data.html"), "6990000000000000001");

		// then
		assertThat(sigi).isEqualTo(new FetchResult.Ok<>(new Post("7198206283571285294", "legacy.user",
				"MS4wLjABAAAAlegacy", "from 2023 #throwback", Instant.ofEpochSecond(1675963028),
				"https://p16-sign.tiktokcdn.com/legacy-cover.image", false, new PostStats(51200L, 2400, 37, 12, 64))));
		assertThat(next).isEqualTo(new FetchResult.Ok<>(new Post("6990000000000000001", "next.user", "MS4wLjABAAAAnext",
				"2021 post", Instant.ofEpochSecond(1627000000), null, false, new PostStats(300L, 10, 2, 1, 0))));
	}

	@Test
	void takesTheCreateTimeFromTheIdWhenItIsMissing() {
		// given
		byte[] html = edited("video.html", "\"createTime\":\"1727996417\",", "");

		// when
		FetchResult<Post> result = TikTokPages.parsePost(html, VIDEO_ID);

		// then: the id's top 32 bits are the upload second, a little before createTime
		assertThat(result).isInstanceOfSatisfying(FetchResult.Ok.class, (ok) -> assertThat(((Post) ok.value()).createdAt())
			.isEqualTo(Instant.ofEpochSecond(Long.parseLong(VIDEO_ID) >>> 32)).isBetween(
					Instant.ofEpochSecond(1727996417 - 120), Instant.ofEpochSecond(1727996417)));
	}

	@Test
	void treatsNegativeAndUnreadableCountsAsUnknown() {
		// given: statsV2 lost, stats overflowed on views and garbled on likes
		byte[] html = edited("video.html", "\"statsV2\":", "\"statsV2_gone\":");
		html = edited(html, "\"playCount\":412300,\"diggCount\":12300", "\"playCount\":-2147000000,\"diggCount\":\"n/a\"");

		// when
		FetchResult<Post> result = TikTokPages.parsePost(html, VIDEO_ID);

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(
				new Post(VIDEO_ID, PASTA.authorHandle(), SEC_UID, PASTA.caption(), PASTA.createdAt(), COVER, false,
						new PostStats(null, 0, 456, 1873, 2291))));
	}

	@Test
	void acceptsAnAuthorGivenAsAPlainStringOrMissing() {
		// given
		byte[] plain = edited("string-counts.html", "{\"uniqueId\":\"older.capture\",\"secUid\":\"MS4wLjABAAAAolder\"}",
				"\"older.capture\"");
		byte[] missing = edited("string-counts.html",
				"\"author\":{\"uniqueId\":\"older.capture\",\"secUid\":\"MS4wLjABAAAAolder\"},", "");

		// when
		FetchResult<Post> fromPlain = TikTokPages.parsePost(plain, "7198206283571285294");
		FetchResult<Post> fromMissing = TikTokPages.parsePost(missing, "7198206283571285294");

		// then
		assertThat(fromPlain).extracting((r) -> ((FetchResult.Ok<Post>) r).value().authorHandle()).isEqualTo("older.capture");
		assertThat(fromMissing).extracting((r) -> ((FetchResult.Ok<Post>) r).value().authorHandle()).isEqualTo("");
	}

	@Test
	void classifiesStatusCodesAsGone() {
		// when
		FetchResult<Post> deleted = TikTokPages.parsePost(page("deleted.html"), VIDEO_ID);
		FetchResult<Post> withheld = TikTokPages.parsePost(page("region-withheld.html"), VIDEO_ID);
		FetchResult<Post> hidden = TikTokPages.parsePost(page("private-post.html"), VIDEO_ID);

		// then
		assertThat(deleted).isEqualTo(
				new FetchResult.Gone<>(GoneReason.DELETED, 10204, "item_privacy_authorization&status_deleted"));
		assertThat(withheld).isEqualTo(new FetchResult.Gone<>(GoneReason.UNAVAILABLE, 10204, "cross_border_violation_ur"));
		assertThat(hidden).isEqualTo(new FetchResult.Gone<>(GoneReason.PRIVATE, 10216, "item is private"));
	}

	@Test
	void mapsEveryKnownStatusCode() {
		// given
		int[] codes = { 10222, 10221, 10202, 10231, 100004 };
		GoneReason[] reasons = { GoneReason.PRIVATE, GoneReason.NOT_FOUND, GoneReason.NOT_FOUND, GoneReason.UNAVAILABLE,
				GoneReason.UNAVAILABLE };

		for (int i = 0; i < codes.length; i++) {
			// when
			FetchResult<Post> result = TikTokPages.parsePost(
					edited("deleted.html", "\"statusCode\":10204", "\"statusCode\":" + codes[i]), VIDEO_ID);

			// then
			assertThat(result).isEqualTo(
					new FetchResult.Gone<>(reasons[i], codes[i], "item_privacy_authorization&status_deleted"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "waf.html", "verify.html" })
	void reportsWallsAsBlocked(String fixture) {
		// when
		FetchResult<Post> result = TikTokPages.parsePost(page(fixture), VIDEO_ID);

		// then
		assertThat(result).isInstanceOf(FetchResult.Blocked.class);
	}

	@Test
	void reportsPagesWithoutTheItemAsLayoutChanged() {
		// when
		FetchResult<Post> shell = TikTokPages.parsePost(page("shell.html"), VIDEO_ID);
		FetchResult<Post> empty = TikTokPages.parsePost(page("empty-shell.html"), VIDEO_ID);
		FetchResult<Post> malformed = TikTokPages.parsePost(page("malformed.html"), VIDEO_ID);
		FetchResult<Post> noStats = TikTokPages.parsePost(page("no-stats.html"), VIDEO_ID);
		FetchResult<Post> profile = TikTokPages.parsePost(page("profile.html"), VIDEO_ID);
		FetchResult<Post> nothing = TikTokPages.parsePost(new byte[0], VIDEO_ID);

		// then
		assertThat(shell).isEqualTo(new FetchResult.LayoutChanged<>(
				"no webapp.video-detail in rehydration JSON (scopes: [webapp.app-context, webapp.i18n-translation, seo.abtest])"));
		assertThat(empty).isEqualTo(new FetchResult.LayoutChanged<>("no rehydration JSON"));
		assertThat(malformed).isInstanceOfSatisfying(FetchResult.LayoutChanged.class,
				(changed) -> assertThat(changed.reason()).startsWith("malformed rehydration JSON: "));
		assertThat(noStats).isEqualTo(new FetchResult.LayoutChanged<>("item " + VIDEO_ID + " has no stats"));
		assertThat(profile).isInstanceOf(FetchResult.LayoutChanged.class);
		assertThat(nothing).isEqualTo(new FetchResult.LayoutChanged<>("no rehydration JSON"));
	}

	@Test
	void rejectsAPageShowingAnotherItem() {
		// when
		FetchResult<Post> result = TikTokPages.parsePost(page("video.html"), "7421688026996585529");

		// then
		assertThat(result).isEqualTo(new FetchResult.LayoutChanged<>(
				"page shows item " + VIDEO_ID + ", not the requested 7421688026996585529"));
	}

	static byte[] edited(String fixture, String from, String to) {
		return edited(page(fixture), from, to);
	}

	static byte[] edited(byte[] html, String from, String to) {
		String text = new String(html, StandardCharsets.UTF_8);
		assertThat(text).contains(from);
		return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
	}

}
