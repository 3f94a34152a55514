package io.vidtrack.ingest.prune;

import java.time.Instant;

/** A video with at least two snapshots before its org's retention window, which starts at {@code cutoff}. */
record PrunableVideo(long id, Instant cutoff) {
}
