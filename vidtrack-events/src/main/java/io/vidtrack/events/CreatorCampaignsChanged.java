package io.vidtrack.events;

import java.util.List;
import java.util.TreeSet;

/**
 * Every campaign that reaches one creator after a membership change: the campaigns holding the creator as an
 * item and, recursively, every campaign holding one of those. All of the creator's counted videos, including
 * ones discovered later, count for each of them. An empty list means the creator is in no campaign.
 */
public record CreatorCampaignsChanged(long creatorId, long projectId, List<Long> campaignIds)
		implements VidtrackEvent {

	public CreatorCampaignsChanged {
		// a set in a stable order, so that equal memberships are equal events
		campaignIds = List.copyOf(new TreeSet<>(campaignIds));
	}

	@Override
	public String topic() {
		return Topics.CREATOR_CAMPAIGNS;
	}

	@Override
	public String key() {
		return Long.toString(creatorId);
	}

}
