package io.vidtrack.events;

import java.util.List;
import java.util.TreeSet;

/**
 * Every campaign that reaches one video as a video item after a membership change: the campaigns holding the
 * video and, recursively, every campaign holding one of those. Campaigns that reach the video through its
 * creator are in its {@link CreatorCampaignsChanged}. An empty list means no campaign holds the video itself.
 */
public record VideoCampaignsChanged(long videoId, long projectId, List<Long> campaignIds) implements VidtrackEvent {

	public VideoCampaignsChanged {
		// a set in a stable order, so that equal memberships are equal events
		campaignIds = List.copyOf(new TreeSet<>(campaignIds));
	}

	@Override
	public String topic() {
		return Topics.VIDEO_CAMPAIGNS;
	}

	@Override
	public String key() {
		return Long.toString(videoId);
	}

}
