package io.vidtrack.tiktok;

import io.vidtrack.tiktok.internal.Listings;
import io.vidtrack.tiktok.internal.PostPages;
import io.vidtrack.tiktok.internal.ProfilePages;

/**
 * The parsers on their own, without any I/O: what {@link HttpTikTokClient} applies to response bodies, and
 * what benchmarks call to measure the parse-only ceiling. Never throws; every outcome is a
 * {@link FetchResult}.
 */
public final class TikTokPages {

	private TikTokPages() {
	}

	/** A post page; an item whose id differs from {@code requestedVideoId} is {@code LayoutChanged}. */
	public static FetchResult<Post> parsePost(byte[] html, String requestedVideoId) {
		return PostPages.parse(html, requestedVideoId);
	}

	/** A profile page; {@code requestedHandle} compares case-insensitively, empty accepts any user. */
	public static FetchResult<Profile> parseProfile(byte[] html, String requestedHandle) {
		return ProfilePages.parse(html, requestedHandle);
	}

	/** A creator item list; an empty body is {@code Failed} (transient), never an empty listing. */
	public static FetchResult<PostListing> parseListing(byte[] json) {
		return Listings.parse(json);
	}

}
