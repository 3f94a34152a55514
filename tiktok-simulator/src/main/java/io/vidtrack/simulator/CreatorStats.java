package io.vidtrack.simulator;

/** A creator's exact profile counts at an instant. */
public record CreatorStats(long followers, long following, long likes, long videoCount) {
}
