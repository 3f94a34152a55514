package io.vidtrack.stream.topology.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.stream.topology.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * What decides where a video's history counts: whether it is counted, its project, creator and campaigns (the
 * union of those reaching it as a video item and through its creator), and its org's time zone, which cuts
 * its snapshots into days.
 */
public record VideoScope(long projectId, @Nullable Long creatorId, boolean counted, String zone,
		@Nullable LocalDate postedDay, List<Long> campaignIds) {

	public VideoScope {
		campaignIds = List.copyOf(campaignIds);
	}

	public static VideoScope of(VideoStateChanged state) {
		ZoneId zone = ZoneId.of(state.timezone());
		LocalDate postedDay = (state.postedAt() != null) ? LocalDate.ofInstant(state.postedAt(), zone) : null;
		return new VideoScope(state.projectId(), state.creatorId(), state.counted(), state.timezone(), postedDay,
				List.of());
	}

	/** This scope with more campaigns; a campaign reached twice is still one campaign. */
	public VideoScope plusCampaigns(@Nullable List<Long> more) {
		if (more == null || more.isEmpty()) {
			return this;
		}
		TreeSet<Long> union = new TreeSet<>(this.campaignIds);
		union.addAll(more);
		return new VideoScope(this.projectId, this.creatorId, this.counted, this.zone, this.postedDay,
				List.copyOf(union));
	}

	/** The entities the video's history counts for now: none while it is not counted. */
	List<Entity> countedFor() {
		if (!this.counted) {
			return List.of();
		}
		List<Entity> entities = new ArrayList<>(2 + this.campaignIds.size());
		entities.add(new Entity(EntityType.PROJECT, this.projectId));
		if (this.creatorId != null) {
			entities.add(new Entity(EntityType.CREATOR, this.creatorId));
		}
		this.campaignIds.forEach((campaignId) -> entities.add(new Entity(EntityType.CAMPAIGN, campaignId)));
		return entities;
	}

	ZoneId zoneId() {
		return ZoneId.of(this.zone);
	}

}
