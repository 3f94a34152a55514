/**
 * Videos: list, detail, add by URL, notes, tracking-disable, delete, manual refresh and stats history.
 * <p>
 * Excluded videos do not exist here: list, detail, stats, patch, delete and refresh answer 404 for them, as for
 * another org's. Adding an excluded video's URL tracks it again as {@code direct_add} (201, bulk outcome
 * {@code added}), keeping its creator and history. Every status or tracking change appends the video's state to
 * the outbox in the same transaction.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.video;
