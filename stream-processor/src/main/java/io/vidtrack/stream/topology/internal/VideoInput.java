package io.vidtrack.stream.topology.internal;

import io.vidtrack.events.StatsSnapshotCaptured;
import org.jspecify.annotations.Nullable;

/** What reaches a video's contribution: a new scope, or a snapshot. Both are keyed by the video. */
public sealed interface VideoInput {

	static VideoInput scope(@Nullable VideoScope scope) {
		return new ScopeChanged(scope);
	}

	static VideoInput snapshot(StatsSnapshotCaptured snapshot) {
		return new SnapshotTaken(snapshot);
	}

	/** The video's scope now; null once the video is gone. */
	record ScopeChanged(@Nullable VideoScope scope) implements VideoInput {
	}

	/** One snapshot of the video's counts. */
	record SnapshotTaken(StatsSnapshotCaptured snapshot) implements VideoInput {
	}

}
