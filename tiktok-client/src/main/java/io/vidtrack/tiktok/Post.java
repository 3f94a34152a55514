package io.vidtrack.tiktok;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A post (video or photo carousel) as its page or a listing shows it. Ids are strings, never numbers. */
public record Post(String id, String authorHandle, @Nullable String authorSecUid, @Nullable String caption,
		Instant createdAt, @Nullable String coverUrl, boolean photo, PostStats stats) {
}
