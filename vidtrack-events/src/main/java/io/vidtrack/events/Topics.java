package io.vidtrack.events;

import java.util.List;

/** Topic names shared by the outbox writers, the relay and the stream processor. */
public final class Topics {

	public static final String VIDEO_STATE = "vidtrack.video-state";

	public static final String VIDEO_SNAPSHOTS = "vidtrack.video-snapshots";

	public static final String CREATOR_STATE = "vidtrack.creator-state";

	public static final String CREATOR_SNAPSHOTS = "vidtrack.creator-snapshots";

	public static final List<String> ALL = List.of(VIDEO_STATE, VIDEO_SNAPSHOTS, CREATOR_STATE, CREATOR_SNAPSHOTS);

	private Topics() {
	}

}
