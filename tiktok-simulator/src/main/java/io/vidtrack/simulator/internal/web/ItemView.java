package io.vidtrack.simulator.internal.web;

import io.vidtrack.simulator.CreatorStats;
import io.vidtrack.simulator.SimPost;
import io.vidtrack.simulator.SimStats;

/**
 * Everything an item render needs, computed once per item. {@code expires} (the signed URLs' expiry) moves
 * once a day, so a page depends only on the seed and the instant, never on the request order.
 */
record ItemView(SimPost post, SimStats stats, CreatorStats authorStats, long seed, long nowMillis) {

	long expires() {
		long day = this.nowMillis / 86_400_000L;
		return (day + 2) * 86_400L;
	}

	/** Tokens for one part of this item: the same part of the same post always gets the same tokens. */
	Tokens tokens(int part) {
		return Tokens.of(this.seed, Long.parseLong(this.post.id()), part);
	}

}
