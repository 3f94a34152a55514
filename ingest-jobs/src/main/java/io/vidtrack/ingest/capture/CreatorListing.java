package io.vidtrack.ingest.capture;

import java.time.Instant;
import java.util.List;

import io.vidtrack.tiktok.Post;

/** The posts a creator's listing showed, each with its stats, read at one instant. */
record CreatorListing(ListingTarget target, List<Post> posts, Instant at) {
}
