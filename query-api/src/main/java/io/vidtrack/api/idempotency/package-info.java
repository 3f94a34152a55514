/** Idempotency-Key replays of POSTs. */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.idempotency;
