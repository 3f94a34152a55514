/**
 * Creators: list and search, get, add one or many (queueing their first discovery), change mode, start date and
 * notes, and delete (deactivate, drop their videos and campaign memberships).
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.creator;
