/**
 * What the ingest jobs share: the slot parameter, the fetch guard that skips, records and stops, the failure
 * record, and the snapshot writer.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.ingest.support;
