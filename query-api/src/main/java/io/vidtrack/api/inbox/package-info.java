/**
 * The Tracking Inbox of a project: the pending and excluded lists, and bulk approve, exclude and restore, each
 * publishing the changed videos' state so that the aggregates recount their whole history.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.inbox;
