/**
 * {@code discoverVideosJob}: finds the new videos of due creators and tracks them with the status their
 * creator's mode gives.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.ingest.discovery;
