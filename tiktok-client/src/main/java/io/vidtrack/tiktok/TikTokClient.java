package io.vidtrack.tiktok;

/**
 * Reads TikTok (or the simulator). Every call is safe to make from many virtual threads at once: the
 * implementation applies the per-host rate limit and retries transient failures itself, and never throws
 * for an HTTP or parse outcome; it classifies it in the {@link FetchResult}.
 */
public interface TikTokClient {

	/** The post page {@code /@handle/video/id} (photo carousels are served by the same path). */
	FetchResult<Post> fetchPost(String handle, String videoId);

	/** The creator profile page {@code /@handle}. */
	FetchResult<Profile> fetchProfile(String handle);

	/**
	 * One page of the creator's posts, newest first, each with its stats. {@code cursorMillis} 0 asks for the
	 * newest page; pass {@link PostListing#nextCursorMillis()} for the next (older) page.
	 */
	FetchResult<PostListing> fetchPosts(String secUid, long cursorMillis, int count);

	/** Follows a short link's redirect (one request, not the whole chain) to the post it names. */
	FetchResult<TikTokUrl.PostUrl> resolveShortLink(TikTokUrl.ShortLink link);

}
