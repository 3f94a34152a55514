/**
 * Analytics: daily series of a project, creator or campaign from the stream processor's {@code aggregate_daily}
 * (of a video from its own snapshots), as JSON or CSV, and the video leaderboard.
 */
@org.jspecify.annotations.NullMarked
package io.vidtrack.api.analytics;
