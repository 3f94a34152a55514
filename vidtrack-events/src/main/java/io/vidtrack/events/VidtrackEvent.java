package io.vidtrack.events;

/** An event with the topic it belongs on and the entity key that orders it. */
public sealed interface VidtrackEvent
		permits VideoStateChanged, StatsSnapshotCaptured, CreatorStateChanged, CreatorSnapshotCaptured,
			CreatorCampaignsChanged, VideoCampaignsChanged {

	String topic();

	/** The id of the entity whose state this is; Kafka orders events per key. */
	String key();

}
