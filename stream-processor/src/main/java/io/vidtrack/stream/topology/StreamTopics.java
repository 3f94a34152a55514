package io.vidtrack.stream.topology;

import io.vidtrack.events.CreatorCampaignsChanged;
import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.events.Topics;
import io.vidtrack.events.VideoCampaignsChanged;
import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.stream.topology.internal.DecimalLongSerde;
import io.vidtrack.stream.topology.internal.EventSerde;
import io.vidtrack.stream.topology.internal.OutputSerdes;

/** The topics the topology reads and writes, with their serdes. */
public final class StreamTopics {

	public static final Topic<Long, VideoStateChanged> VIDEO_STATE = new Topic<>(Topics.VIDEO_STATE,
			DecimalLongSerde.create(), EventSerde.of(VideoStateChanged.class));

	public static final Topic<Long, StatsSnapshotCaptured> VIDEO_SNAPSHOTS = new Topic<>(Topics.VIDEO_SNAPSHOTS,
			DecimalLongSerde.create(), EventSerde.snapshots());

	public static final Topic<Long, VideoCampaignsChanged> VIDEO_CAMPAIGNS = new Topic<>(Topics.VIDEO_CAMPAIGNS,
			DecimalLongSerde.create(), EventSerde.of(VideoCampaignsChanged.class));

	public static final Topic<Long, CreatorCampaignsChanged> CREATOR_CAMPAIGNS = new Topic<>(
			Topics.CREATOR_CAMPAIGNS, DecimalLongSerde.create(), EventSerde.of(CreatorCampaignsChanged.class));

	/**
	 * Every aggregate's absolute value after each commit, compacted: its latest record per key is the
	 * aggregate. The Postgres sink reads it; so may any other reader.
	 */
	public static final Topic<AggregateKey, Tally> AGGREGATES = new Topic<>("vidtrack.aggregates", OutputSerdes.KEY,
			OutputSerdes.VALUE);

	/**
	 * Input records that could not be read, as they came (key and value bytes), with Kafka Streams' error headers
	 * ({@code __streams.errors.*}: exception, message, topic, partition, offset). Never deleted.
	 */
	public static final String DEAD_LETTERS = "vidtrack.stream-dead-letters";

	private StreamTopics() {
	}

}
