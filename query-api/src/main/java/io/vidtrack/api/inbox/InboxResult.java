package io.vidtrack.api.inbox;

import org.jspecify.annotations.Nullable;

/**
 * The outcome for one requested id: {@code approved}, {@code excluded}, {@code restored}, {@code unchanged}
 * (already there), {@code not_allowed} (a direct add, or a move the action does not make), {@code not_found},
 * or {@code limit_reached} (leaving excluded would pass the plan's tracked-video limit). {@code tracking_status}
 * is the video's status after the call, null when not found.
 */
record InboxResult(long videoId, String outcome, @Nullable String trackingStatus) {
}
