package io.vidtrack.stream.topology;

import java.util.List;

import io.vidtrack.events.CreatorCampaignsChanged;
import io.vidtrack.events.VideoCampaignsChanged;
import io.vidtrack.stream.topology.internal.DecimalLongSerde;
import io.vidtrack.stream.topology.internal.DeltaBuffer;
import io.vidtrack.stream.topology.internal.FanOut;
import io.vidtrack.stream.topology.internal.FanOutKey;
import io.vidtrack.stream.topology.internal.InternalSerdes;
import io.vidtrack.stream.topology.internal.LatestEventFilter;
import io.vidtrack.stream.topology.internal.StoreFactory;
import io.vidtrack.stream.topology.internal.VideoContributionProcessor;
import io.vidtrack.stream.topology.internal.VideoInput;
import io.vidtrack.stream.topology.internal.VideoScope;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TableJoined;

/**
 * The counted-only aggregates of every project, creator and campaign, from video states, snapshots and
 * campaign memberships. A pure builder: the application, the tests and the benchmark all call {@link #build},
 * and run it with {@link StreamsSettings#exactlyOnce}.
 */
public final class VidtrackTopology {

	public static final String VIDEO_STATE_OUTBOX_IDS = "video-state-outbox-ids";

	public static final String VIDEO_CAMPAIGNS_OUTBOX_IDS = "video-campaigns-outbox-ids";

	public static final String CREATOR_CAMPAIGNS_OUTBOX_IDS = "creator-campaigns-outbox-ids";

	public static final String VIDEO_STATES_STORE = "video-states";

	public static final String VIDEO_OWN_SCOPES_STORE = "video-own-scopes";

	public static final String VIDEO_SCOPES_STORE = "video-scopes";

	public static final String VIDEO_CAMPAIGNS_STORE = "video-campaigns";

	public static final String CREATOR_CAMPAIGNS_STORE = "creator-campaigns";

	public static final String CREATOR_CAMPAIGNS_JOIN = "video-creator-campaigns-join";

	public static final String CONTRIBUTIONS = "video-contributions";

	public static final String DELTA_BUFFER_STORE = "aggregate-delta-buffer";

	public static final String AGGREGATE_REPARTITION = "aggregate-deltas";

	public static final String AGGREGATES_STORE = "aggregates";

	// Tables keyed by an id keep the relay's key bytes: the foreign-key join sends each creator's subscriptions
	// to the partition the relay wrote that creator's memberships to, by hashing the key bytes.
	private static final Serde<Long> ID_KEYS = DecimalLongSerde.create();

	private static final Serde<VideoScope> SCOPE = InternalSerdes.VIDEO_SCOPE;

	private static final Serde<List<Long>> CAMPAIGNS = InternalSerdes.CAMPAIGN_IDS;

	private VidtrackTopology() {
	}

	/**
	 * Adds the topology to {@code builder}.
	 * @return the aggregates, also written to {@link StreamTopics#AGGREGATES}
	 */
	public static KTable<AggregateKey, Tally> build(StreamsBuilder builder, TopologySettings settings) {
		StoreFactory stores = new StoreFactory(settings.state());
		KTable<Long, VideoScope> scopes = videoScopes(builder, stores);
		KStream<Long, VideoInput> scopeChanges = scopes.toStream(Named.as("video-scope-changes"))
			.mapValues(VideoInput::scope);
		KStream<Long, VideoInput> snapshots = builder
			.stream(StreamTopics.VIDEO_SNAPSHOTS.name(), consumed(StreamTopics.VIDEO_SNAPSHOTS))
			.mapValues(VideoInput::snapshot);
		// both inputs are keyed by video id, in the relay's bytes, so one video's scope and snapshots share a task;
		// the processor re-keys its changes by entity set and day, still inside that task (no repartition yet)
		KStream<FanOutKey, Tally> contributions = scopeChanges.merge(snapshots, Named.as("video-inputs"))
			.process(VideoContributionProcessor.supplier(stores), Named.as(CONTRIBUTIONS));
		// fan out to one change per aggregate key, summed per task over the flush interval first
		KStream<AggregateKey, Tally> changes = settings.flushInterval().isZero()
				? contributions.process(FanOut::new, Named.as("aggregate-fan-out"))
				: contributions.process(
						DeltaBuffer.supplier(DELTA_BUFFER_STORE, settings.flushInterval(), settings.flushShare()),
						Named.as(DELTA_BUFFER_STORE));
		// This step re-keys (repartitions) the changes by aggregate: each entity's sums live in one task.
		KTable<AggregateKey, Tally> aggregates = changes
			.groupByKey(Grouped.with(AGGREGATE_REPARTITION, InternalSerdes.AGGREGATE_KEY, InternalSerdes.TALLY))
			.aggregate(() -> Tally.ZERO, (key, change, sum) -> sum.plus(change),
					stores.materialized(AGGREGATES_STORE, InternalSerdes.AGGREGATE_KEY, InternalSerdes.TALLY));
		// absolute values, after the store's cache folded each commit's changes into one record per aggregate
		aggregates.toStream(Named.as("aggregate-updates"))
			.to(StreamTopics.AGGREGATES.name(), Produced.with(StreamTopics.AGGREGATES.keySerde(),
					StreamTopics.AGGREGATES.valueSerde()));
		return aggregates;
	}

	/** Each video's scope: its state, with the campaigns that hold it and those that hold its creator. */
	private static KTable<Long, VideoScope> videoScopes(StreamsBuilder builder, StoreFactory stores) {
		KTable<Long, VideoScope> states = latest(builder, StreamTopics.VIDEO_STATE, stores, VIDEO_STATE_OUTBOX_IDS)
			.mapValues(VideoScope::of)
			.toTable(Named.as(VIDEO_STATES_STORE), stores.materialized(VIDEO_STATES_STORE, ID_KEYS, SCOPE));
		KTable<Long, List<Long>> videoCampaigns = latest(builder, StreamTopics.VIDEO_CAMPAIGNS, stores,
				VIDEO_CAMPAIGNS_OUTBOX_IDS)
			.mapValues(VideoCampaignsChanged::campaignIds)
			.toTable(Named.as(VIDEO_CAMPAIGNS_STORE), stores.materialized(VIDEO_CAMPAIGNS_STORE, ID_KEYS, CAMPAIGNS));
		KTable<Long, List<Long>> creatorCampaigns = latest(builder, StreamTopics.CREATOR_CAMPAIGNS, stores,
				CREATOR_CAMPAIGNS_OUTBOX_IDS)
			.mapValues(CreatorCampaignsChanged::campaignIds)
			.toTable(Named.as(CREATOR_CAMPAIGNS_STORE),
					stores.materialized(CREATOR_CAMPAIGNS_STORE, ID_KEYS, CAMPAIGNS));
		// same key on both sides (video id, co-partitioned topics): a plain table join; materialized because the
		// foreign-key join below hashes its values to drop answers to subscriptions that changed meanwhile
		KTable<Long, VideoScope> withVideoCampaigns = states.leftJoin(videoCampaigns, VideoScope::plusCampaigns,
				Named.as(VIDEO_OWN_SCOPES_STORE), stores.materialized(VIDEO_OWN_SCOPES_STORE, ID_KEYS, SCOPE));
		// This step joins by foreign key (the creator): Streams re-keys subscriptions by creator and routes the
		// answers back to each video's task, so a creator's membership change reaches all its videos, later ones too.
		return withVideoCampaigns.leftJoin(creatorCampaigns, VidtrackTopology::creatorOf, VideoScope::plusCampaigns,
				TableJoined.as(CREATOR_CAMPAIGNS_JOIN),
				stores.materialized(VIDEO_SCOPES_STORE, ID_KEYS, SCOPE));
	}

	/** A topic's events without the ones the relay sent again. */
	private static <V> KStream<Long, V> latest(StreamsBuilder builder, Topic<Long, V> topic, StoreFactory stores,
			String outboxIdsStore) {
		return builder.stream(topic.name(), consumed(topic))
			.processValues(LatestEventFilter.<V>supplier(stores, outboxIdsStore), Named.as(outboxIdsStore));
	}

	private static Long creatorOf(VideoScope scope) {
		return scope.creatorId();
	}

	private static <K, V> Consumed<K, V> consumed(Topic<K, V> topic) {
		return Consumed.with(topic.keySerde(), topic.valueSerde());
	}

}
