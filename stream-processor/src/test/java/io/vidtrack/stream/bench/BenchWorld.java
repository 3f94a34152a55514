package io.vidtrack.stream.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.events.CreatorCampaignsChanged;
import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.events.VideoStateChanged;

/**
 * The benchmark's population: ten projects, each with a chain of ten nested campaigns (100 in all), creators
 * spread over the chain's depths, and videos spread over the creators. A probe video in a project of its own
 * measures latency, another the latency of status changes.
 */
record BenchWorld(int videos, int creators) {

	static final int PROJECTS = 10;

	static final int CAMPAIGNS_PER_PROJECT = 10;

	static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

	long probeProject() {
		return PROJECTS + 1;
	}

	long probeVideo() {
		return this.videos + 1L;
	}

	long statusProbeProject() {
		return PROJECTS + 2;
	}

	long statusProbeVideo() {
		return this.videos + 2L;
	}

	long statusProbeViews() {
		return 1000;
	}

	long projectOfCreator(long creator) {
		return 1 + creator % PROJECTS;
	}

	long creatorOfVideo(long video) {
		return 1 + video % this.creators;
	}

	VideoStateChanged state(long video) {
		long creator = creatorOfVideo(video);
		return new VideoStateChanged(video, 1, projectOfCreator(creator), creator, "7" + video, "auto_tracked", false,
				true, "available", START.minusSeconds(video % 86_400), "UTC", START);
	}

	VideoStateChanged probeState() {
		return new VideoStateChanged(probeVideo(), 1, probeProject(), null, "1", "direct_add", false, true,
				"available", null, "UTC", START);
	}

	/** The status probe's video, approved ({@code included}) or excluded: counted or not. */
	VideoStateChanged statusProbeState(boolean counted) {
		return new VideoStateChanged(statusProbeVideo(), 1, statusProbeProject(), null, "2",
				counted ? "included" : "excluded", false, counted, "available", null, "UTC", START);
	}

	/** The status probe's one snapshot: its views count while the video is approved, none while excluded. */
	StatsSnapshotCaptured statusProbeSnapshot() {
		long views = statusProbeViews();
		return new StatsSnapshotCaptured(statusProbeVideo(), START, views, 0, 0, 0, 0, true);
	}

	/** Campaign {@code project + 10 * depth} holds the one below it; a creator sits at one depth of its chain. */
	CreatorCampaignsChanged campaigns(long creator) {
		long project = projectOfCreator(creator);
		int depth = (int) (creator / PROJECTS % CAMPAIGNS_PER_PROJECT);
		List<Long> campaigns = new ArrayList<>();
		for (int level = 0; level <= depth; level++) {
			campaigns.add(project + (long) PROJECTS * level);
		}
		return new CreatorCampaignsChanged(creator, project, campaigns);
	}

	/** The video's snapshot of one round: rounds are six hours apart, and counts grow every round. */
	StatsSnapshotCaptured snapshot(long video, int round) {
		long views = views(video, round);
		return new StatsSnapshotCaptured(video, START.plusSeconds(round * 6L * 3600 + video % 3600), views,
				views / 10, views / 100, views / 200, views / 300, round == 0);
	}

	long views(long video, int round) {
		return video % 1000 + 100L * round * (1 + video % 7);
	}

}
