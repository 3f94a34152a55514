package io.vidtrack.api.video;

import java.util.List;

/** {@code GET /api/v1/videos/{id}/stats} without a metric: the video's snapshots, oldest first. */
record StatsHistory(long videoId, List<SnapshotView> snapshots) {
}
