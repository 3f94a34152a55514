package io.vidtrack.tiktok.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.vidtrack.tiktok.FetchResult;

/** Tells a wall (WAF challenge, captcha, verify page) from a page that merely lost its JSON. */
final class BlockMarkers {

	private static final List<String> WAF = List.of("Please wait...", "SlardarWAF", "_wafchallengeid", "id=\"cs\"");

	private static final List<String> VERIFY = List.of("verify-wrap", "captcha-verify-container",
			"user_verify_page_description");

	private static final List<ByteSearch> WAF_SEARCHES = WAF.stream().map(ByteSearch::new).toList();

	private static final List<ByteSearch> VERIFY_SEARCHES = VERIFY.stream().map(ByteSearch::new).toList();

	private BlockMarkers() {
	}

	/** For a page without any embedded state: {@code Blocked} behind a wall, else {@code LayoutChanged}. */
	static <T> FetchResult<T> classifyMissingState(PageJson.Missing missing) {
		String wall = wall(missing.html());
		return (wall != null) ? new FetchResult.Blocked<>(wall) : new FetchResult.LayoutChanged<>("no rehydration JSON");
	}

	/** What kind of wall the body is (a WAF challenge, a captcha or verify page), or null when it is none. */
	static @Nullable String wall(byte[] body) {
		for (int i = 0; i < WAF.size(); i++) {
			if (WAF_SEARCHES.get(i).isIn(body)) {
				return "WAF challenge page (" + WAF.get(i) + ")";
			}
		}
		for (int i = 0; i < VERIFY.size(); i++) {
			if (VERIFY_SEARCHES.get(i).isIn(body)) {
				return "captcha or verify page (" + VERIFY.get(i) + ")";
			}
		}
		return null;
	}

}
