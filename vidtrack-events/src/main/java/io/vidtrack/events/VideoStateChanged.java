package io.vidtrack.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The whole tracking state of one video after a change: which project and creator it belongs to, its
 * status and whether it is counted. Consumers replace what they had for the video with this.
 */
public record VideoStateChanged(long videoId, long orgId, long projectId, @Nullable Long creatorId,
		String tiktokVideoId, String trackingStatus, boolean trackingDisabled, boolean counted,
		String availability, @Nullable Instant postedAt, String timezone, Instant changedAt) implements VidtrackEvent {

	@Override
	public String topic() {
		return Topics.VIDEO_STATE;
	}

	@Override
	public String key() {
		return Long.toString(videoId);
	}

}
