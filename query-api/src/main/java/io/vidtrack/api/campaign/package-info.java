/**
 * Campaigns: CRUD, and items (creators, videos, sub-campaigns) whose changes publish campaign membership events
 * through the outbox in the same transaction, so the stream processor's campaign totals follow within seconds.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.campaign;
