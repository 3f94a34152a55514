package io.vidtrack.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A creator's public profile counts at one moment. */
public record CreatorSnapshotCaptured(long creatorId, Instant capturedAt, @Nullable Long followers,
		@Nullable Long following, @Nullable Long totalLikes, @Nullable Long videoCount) implements VidtrackEvent {

	@Override
	public String topic() {
		return Topics.CREATOR_SNAPSHOTS;
	}

	@Override
	public String key() {
		return Long.toString(creatorId);
	}

}
