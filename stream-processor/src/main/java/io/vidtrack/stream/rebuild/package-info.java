/**
 * Rebuilding the aggregates from Postgres, the system of record: every video's state, membership and snapshot
 * history published again through the outbox.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.stream.rebuild;
