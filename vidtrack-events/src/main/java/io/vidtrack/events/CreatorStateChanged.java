package io.vidtrack.events;

import java.time.Instant;

/** The tracking state of one creator after a change. */
public record CreatorStateChanged(long creatorId, long orgId, long projectId, String tiktokHandle,
		String trackingMode, boolean active, Instant changedAt) implements VidtrackEvent {

	@Override
	public String topic() {
		return Topics.CREATOR_STATE;
	}

	@Override
	public String key() {
		return Long.toString(creatorId);
	}

}
