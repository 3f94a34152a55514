/** {@code pruneHistoryJob}: deletes snapshots older than the plan's retention, keeping each video's anchor. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.ingest.prune;
