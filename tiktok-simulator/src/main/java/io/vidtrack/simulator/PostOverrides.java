package io.vidtrack.simulator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Posts a test has deleted or made private at run time, on top of the seeded ones. */
final class PostOverrides {

	private final Set<String> deleted = ConcurrentHashMap.newKeySet();

	private final Set<String> privated = ConcurrentHashMap.newKeySet();

	void markDeleted(String videoId) {
		this.deleted.add(videoId);
	}

	void markPrivate(String videoId) {
		this.privated.add(videoId);
	}

	boolean deleted(String videoId) {
		return !this.deleted.isEmpty() && this.deleted.contains(videoId);
	}

	boolean privated(String videoId) {
		return !this.privated.isEmpty() && this.privated.contains(videoId);
	}

	void clear() {
		this.deleted.clear();
		this.privated.clear();
	}

}
