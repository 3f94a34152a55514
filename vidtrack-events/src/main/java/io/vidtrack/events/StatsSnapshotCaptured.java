package io.vidtrack.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One stats snapshot with its full counts (views may be null for photo posts). {@code baseline} marks the
 * first snapshot of a video, which gains nothing on its day.
 */
public record StatsSnapshotCaptured(long videoId, Instant capturedAt, @Nullable Long views, long likes,
		long comments, long shares, long saves, boolean baseline) implements VidtrackEvent {

	@Override
	public String topic() {
		return Topics.VIDEO_SNAPSHOTS;
	}

	@Override
	public String key() {
		return Long.toString(videoId);
	}

}
