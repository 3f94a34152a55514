package io.vidtrack.stream.topology.internal;

import java.time.LocalDate;

/** One day of one video's history, in its org's time zone. */
record VideoDay(long videoId, LocalDate day) {
}
