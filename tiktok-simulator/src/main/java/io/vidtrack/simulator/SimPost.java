package io.vidtrack.simulator;

import java.time.Instant;

/**
 * A simulated post. {@code deleted} and {@code privatePost} include the overrides set through
 * {@link Faults#markDeleted(String)} and {@link Faults#markPrivate(String)} when it was looked up; a post
 * of a private account is private.
 */
public record SimPost(String id, SimCreator creator, Instant createdAt, boolean photo, boolean deleted,
		boolean privatePost, String caption) {

	/** Listings show it, and its page answers statusCode 0. */
	public boolean visible() {
		return !this.deleted && !this.privatePost;
	}

}
