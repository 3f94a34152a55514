package io.vidtrack.api.video;

import java.time.Instant;

/** The answer to a manual refresh: when it was queued and how many of today's (UTC) refreshes remain. */
record ScrapeReceipt(long videoId, Instant requestedAt, long remainingToday, long limit) {
}
