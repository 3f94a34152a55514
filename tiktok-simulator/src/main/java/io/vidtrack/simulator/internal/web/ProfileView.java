package io.vidtrack.simulator.internal.web;

import io.vidtrack.simulator.CreatorStats;
import io.vidtrack.simulator.SimCreator;

/** What a profile render needs. */
record ProfileView(SimCreator creator, CreatorStats stats, long seed, long nowMillis) {

	long expires() {
		return (this.nowMillis / 86_400_000L + 2) * 86_400L;
	}

}
