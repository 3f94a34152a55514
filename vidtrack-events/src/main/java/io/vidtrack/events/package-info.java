/**
 * Events that leave Postgres through the outbox. Each carries the absolute state of one entity and is
 * keyed by that entity's id, so a re-delivered event changes nothing downstream.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.events;
