package io.vidtrack.tiktok;

import org.jspecify.annotations.Nullable;

/** Exact counts (statsV2 first, then stats). Views may be absent on photo posts. */
public record PostStats(@Nullable Long views, long likes, long comments, long shares, long saves) {
}
