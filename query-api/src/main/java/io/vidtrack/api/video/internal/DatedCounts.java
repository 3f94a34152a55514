package io.vidtrack.api.video.internal;

import java.time.LocalDate;

/** One snapshot's counts and the day (in the org's time zone) it was captured on. */
public record DatedCounts(LocalDate day, Counts counts) {
}
