package io.vidtrack.tiktok;

import org.junit.jupiter.api.Test;

import io.vidtrack.tiktok.FetchResult.GoneReason;

import static io.vidtrack.tiktok.PageFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

class TikTokPagesProfileTests {

	@Test
	void readsTheUserWithExactStatsV2Counts() {
		// when
		FetchResult<Profile> result = TikTokPages.parseProfile(page("profile.html"), "demo.creator");

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new Profile("6977002577731210724", "demo.creator",
				"MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM", "Demo Creator",
				"https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/large~tplv-tiktokx-cropcenter:1080:1080.jpeg", false,
				48213L, 211L, 904877L, 318L)));
	}

	@Test
	void leavesAnOverflowedLikeCountUnknownAndMatchesHandlesIgnoringCase() {
		// when
		FetchResult<Profile> result = TikTokPages.parseProfile(page("negative-heart-profile.html"), "big.creator");

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new Profile("6800000000000000001", "Big.Creator",
				"MS4wLjABAAAAbig", "Big", null, false, 81_000_000L, 12L, null, 2100L)));
	}

	@Test
	void readsALegacySigiStateProfile() {
		// when
		FetchResult<Profile> result = TikTokPages.parseProfile(page("sigi-state.html"), "Legacy.User");

		// then
		assertThat(result).isEqualTo(new FetchResult.Ok<>(new Profile("6900000000000000000", "legacy.user",
				"MS4wLjABAAAAlegacy", "Legacy", "https://p16-sign.tiktokcdn.com/legacy-avatar.jpeg", false, 5300L, 41L,
				92000L, 77L)));
	}

	@Test
	void classifiesMissingAndPrivateAccountsAsGone() {
		// when
		FetchResult<Profile> missing = TikTokPages.parseProfile(page("user-not-found.html"), "nobody.here");
		FetchResult<Profile> hidden = TikTokPages.parseProfile(page("private-account.html"), "secretperson");

		// then
		assertThat(missing).isEqualTo(new FetchResult.Gone<>(GoneReason.NOT_FOUND, 10221, "user banned or not exist"));
		assertThat(hidden).isEqualTo(new FetchResult.Gone<>(GoneReason.PRIVATE, 10222, "author_secret"));
	}

	@Test
	void rejectsAnotherUsersPageAndAVideoPage() {
		// when
		FetchResult<Profile> other = TikTokPages.parseProfile(page("profile.html"), "someone.else");
		FetchResult<Profile> video = TikTokPages.parseProfile(page("video.html"), "demo.creator");

		// then
		assertThat(other).isEqualTo(
				new FetchResult.LayoutChanged<>("page shows @demo.creator, not the requested @someone.else"));
		assertThat(video).isInstanceOfSatisfying(FetchResult.LayoutChanged.class,
				(changed) -> assertThat(changed.reason()).startsWith("no webapp.user-detail in rehydration JSON"));
	}

	@Test
	void reportsWallsAsBlocked() {
		// when
		FetchResult<Profile> waf = TikTokPages.parseProfile(page("waf.html"), "demo.creator");
		FetchResult<Profile> verify = TikTokPages.parseProfile(page("verify.html"), "demo.creator");

		// then
		assertThat(waf).isEqualTo(new FetchResult.Blocked<>("WAF challenge page (Please wait...)"));
		assertThat(verify).isEqualTo(new FetchResult.Blocked<>("captcha or verify page (verify-wrap)"));
	}

}
