package io.vidtrack.tiktok.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.PostListing;

/** The creator item list JSON ({@code /api/post/item_list/}). */
public final class Listings {

	private static final Logger logger = LoggerFactory.getLogger(Listings.class);

	private Listings() {
	}

	public static FetchResult<PostListing> parse(byte[] body) {
		if (isBlank(body)) {
			// TikTok's way of saying "you look like a bot" on /api/*, and usually gone on the next try
			return new FetchResult.Failed<>("empty listing body");
		}
		JsonNode root;
		try {
			root = Jackson.readTree(new JsonSlice(body, 0, body.length), Fields.LISTING);
		}
		catch (JacksonException ex) {
			// the listing endpoint answers a bot with the same HTML walls as the pages: stop, don't skip
			String wall = BlockMarkers.wall(body);
			return (wall != null) ? new FetchResult.Blocked<>(wall)
					: new FetchResult.LayoutChanged<>("malformed listing JSON: " + Jackson.describe(ex));
		}
		if (!root.isObject()) {
			return new FetchResult.LayoutChanged<>("listing is not a JSON object");
		}
		FetchResult<PostListing> gone = StatusCodes.gone(root);
		if (gone != null) {
			return gone;
		}
		boolean hasMore = Json.bool(root, "hasMore");
		JsonNode items = root.get("itemList");
		if (items == null || items.isNull()) {
			return hasMore ? new FetchResult.LayoutChanged<>("listing has more posts but no itemList")
					: new FetchResult.Ok<>(new PostListing(List.of(), false, cursor(root, List.of())));
		}
		if (!items.isArray()) {
			return new FetchResult.LayoutChanged<>("listing itemList is not an array");
		}
		return posts(root, items, hasMore);
	}

	private static FetchResult<PostListing> posts(JsonNode root, JsonNode items, boolean hasMore) {
		List<Post> posts = new ArrayList<>(items.size());
		String firstProblem = null;
		for (JsonNode item : items) {
			FetchResult<Post> post = ItemStructs.toPost(item, null);
			if (post instanceof FetchResult.Ok<Post>(Post value)) {
				posts.add(value);
			}
			else {
				// one odd item (an ad, a removed post) must not cost the creator's other posts
				firstProblem = (firstProblem != null) ? firstProblem : post.toString();
				logger.debug("Skipped listing item: {}", post);
			}
		}
		if (posts.isEmpty() && firstProblem != null) {
			return new FetchResult.LayoutChanged<>("no listing item could be read: " + firstProblem);
		}
		return new FetchResult.Ok<>(new PostListing(List.copyOf(posts), hasMore, cursor(root, posts)));
	}

	private static boolean isBlank(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return false;
			}
		}
		return true;
	}

	// cursor is a string of epoch millis; when absent, continue below the oldest post seen
	private static long cursor(JsonNode root, List<Post> posts) {
		Long cursor = Counts.of(root.get("cursor"));
		if (cursor != null) {
			return cursor;
		}
		return posts.stream().mapToLong((post) -> post.createdAt().toEpochMilli()).min().orElse(0);
	}

}
