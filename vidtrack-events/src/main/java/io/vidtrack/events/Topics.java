package io.vidtrack.events;

import java.util.List;
import java.util.Set;

/** Topic names shared by the outbox writers, the relay and the stream processor. */
public final class Topics {

	public static final String VIDEO_STATE = "vidtrack.video-state";

	public static final String VIDEO_SNAPSHOTS = "vidtrack.video-snapshots";

	public static final String CREATOR_STATE = "vidtrack.creator-state";

	public static final String CREATOR_SNAPSHOTS = "vidtrack.creator-snapshots";

	/** Keyed by creator: every campaign that reaches the creator ({@link CreatorCampaignsChanged}). */
	public static final String CREATOR_CAMPAIGNS = "vidtrack.creator-campaigns";

	/** Keyed by video: every campaign that holds the video as an item ({@link VideoCampaignsChanged}). */
	public static final String VIDEO_CAMPAIGNS = "vidtrack.video-campaigns";

	public static final List<String> ALL = List.of(VIDEO_STATE, VIDEO_SNAPSHOTS, CREATOR_STATE, CREATOR_SNAPSHOTS,
			CREATOR_CAMPAIGNS, VIDEO_CAMPAIGNS);

	/**
	 * The topics whose events are the latest state of their key, to be created compacted: a consumer starting
	 * from scratch needs every key's latest event, however old.
	 */
	public static final Set<String> COMPACTED = Set.of(VIDEO_STATE, CREATOR_STATE, CREATOR_CAMPAIGNS,
			VIDEO_CAMPAIGNS);

	/**
	 * The topics the stream processor joins by video id; they must have the same number of partitions, and
	 * their keys the same form (the decimal id), so that one video's events meet in one task.
	 */
	public static final List<String> VIDEO_KEYED = List.of(VIDEO_STATE, VIDEO_SNAPSHOTS, VIDEO_CAMPAIGNS);

	private Topics() {
	}

}
