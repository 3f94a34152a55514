package io.vidtrack.api.creator;

import org.jspecify.annotations.Nullable;

/**
 * One row of a bulk add: {@code added}, {@code already_tracked} (with the creator that is tracked),
 * {@code invalid_handle} or {@code limit_reached} (with why in {@code error}).
 */
record BulkResult(String handle, String outcome, @Nullable CreatorView creator, @Nullable String error) {
}
