package io.vidtrack.simulator;

import org.jspecify.annotations.Nullable;

/** A post's exact counts at an instant; {@code views} is null for photo posts that show no play count. */
public record SimStats(@Nullable Long views, long likes, long comments, long shares, long saves) {
}
