package io.vidtrack.tiktok;

import java.util.List;

/** One page of a creator's posts, newest first; {@code nextCursorMillis} asks for the page after it. */
public record PostListing(List<Post> posts, boolean hasMore, long nextCursorMillis) {
}
