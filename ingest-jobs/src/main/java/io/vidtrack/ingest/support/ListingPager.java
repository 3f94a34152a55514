package io.vidtrack.ingest.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.PostListing;
import io.vidtrack.tiktok.TikTokClient;

/**
 * Walks a creator's post listing newest first until it reaches posts older than a bound, runs out, or hits the
 * page cap. A listing that fails on any page fails the whole walk: the next run starts from the newest page
 * again, so nothing is lost by not keeping half a walk.
 */
public class ListingPager {

	private final TikTokClient client;

	private final FetchGuard guard;

	private final int pageSize;

	private final int maxPages;

	public ListingPager(TikTokClient client, FetchGuard guard, int pageSize, int maxPages) {
		this.client = client;
		this.guard = guard;
		this.pageSize = pageSize;
		this.maxPages = maxPages;
	}

	/** The posts of every page read; the caller filters by create time. */
	public List<Post> postsBackTo(String secUid, Instant oldest, ScrapeTarget target) {
		List<Post> posts = new ArrayList<>();
		long cursor = 0;
		for (int page = 0; page < this.maxPages; page++) {
			this.guard.ensureOpen();
			FetchResult<PostListing> result = this.client.fetchPosts(secUid, cursor, this.pageSize);
			if (!(result instanceof FetchResult.Ok<PostListing> ok)) {
				throw this.guard.failure(result, target);
			}
			PostListing listing = ok.value();
			posts.addAll(listing.posts());
			// pinned posts can sit above newer ones, so only a page's last (oldest) post tells how far back it is
			if (!listing.hasMore() || listing.posts().isEmpty()
					|| listing.posts().getLast().createdAt().isBefore(oldest)) {
				break;
			}
			cursor = listing.nextCursorMillis();
		}
		return posts;
	}

}
