/**
 * {@code captureStatsJob}: appends a stats snapshot for every due video, from creators' listings first and
 * from the videos' own pages for the rest.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.ingest.capture;
