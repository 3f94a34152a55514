package io.vidtrack.api.video;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One stats snapshot as the API shows it; {@code view_count} is null for a photo post that shows no views. */
record SnapshotView(Instant capturedAt, @Nullable Long viewCount, long likeCount, long commentCount,
		long shareCount, long saveCount) {
}
