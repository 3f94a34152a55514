package io.vidtrack.ingest.capture;

import java.time.Instant;

/** A creator with due videos; its listing is read back to the oldest one's post time. */
record ListingTarget(long creatorId, String secUid, String handle, Instant oldestPostedAt) {
}
