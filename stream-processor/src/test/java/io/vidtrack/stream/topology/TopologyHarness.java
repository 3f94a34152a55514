package io.vidtrack.stream.topology;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.vidtrack.events.CreatorCampaignsChanged;
import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.events.VideoCampaignsChanged;
import io.vidtrack.events.VideoStateChanged;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.BuiltInDslStoreSuppliers;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.jspecify.annotations.Nullable;

/** The topology in a {@link TopologyTestDriver}, with one method per kind of event a writer publishes. */
final class TopologyHarness implements AutoCloseable {

	static final Instant CHANGED_AT = Instant.parse("2026-03-01T00:00:00Z");

	private final TopologyTestDriver driver;

	private final TestInputTopic<Long, VideoStateChanged> states;

	private final TestInputTopic<Long, StatsSnapshotCaptured> snapshots;

	private final TestInputTopic<Long, VideoCampaignsChanged> videoCampaigns;

	private final TestInputTopic<Long, CreatorCampaignsChanged> creatorCampaigns;

	private final TestOutputTopic<AggregateKey, Tally> output;

	private final Map<AggregateKey, Tally> published = new HashMap<>();

	private final Duration flushInterval;

	private final boolean flushAfterEachEvent;

	/**
	 * @param flushInterval the topology's {@link TopologySettings#flushInterval()}
	 * @param flushAfterEachEvent advance the wall clock past the interval after each event, so that every change
	 * is summed at once; otherwise only {@link #flush()} does
	 */
	TopologyHarness(Path stateDir, Duration flushInterval, boolean flushAfterEachEvent) {
		this.flushInterval = flushInterval;
		this.flushAfterEachEvent = flushAfterEachEvent;
		StreamsBuilder builder = new StreamsBuilder();
		// every interval flushes (share 1): a test advances the clock by one interval and expects the sums sent
		VidtrackTopology.build(builder, new TopologySettings(flushInterval, StatePlacement.MEMORY, 1));
		Properties config = new Properties();
		config.put(StreamsConfig.APPLICATION_ID_CONFIG, "vidtrack-topology-tests");
		config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
		config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
		config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		config.putAll(StreamsSettings.malformedInput());
		// the foreign-key join's own stores follow this setting, the topology's follow TopologySettings
		config.put(StreamsConfig.DSL_STORE_SUPPLIERS_CLASS_CONFIG,
				BuiltInDslStoreSuppliers.InMemoryDslStoreSuppliers.class);
		this.driver = new TopologyTestDriver(builder.build(), config, Instant.parse("2026-01-01T00:00:00Z"));
		this.states = input(StreamTopics.VIDEO_STATE);
		this.snapshots = input(StreamTopics.VIDEO_SNAPSHOTS);
		this.videoCampaigns = input(StreamTopics.VIDEO_CAMPAIGNS);
		this.creatorCampaigns = input(StreamTopics.CREATOR_CAMPAIGNS);
		this.output = this.driver.createOutputTopic(StreamTopics.AGGREGATES.name(),
				StreamTopics.AGGREGATES.keySerde().deserializer(), StreamTopics.AGGREGATES.valueSerde().deserializer());
	}

	TopologyHarness(Path stateDir) {
		this(stateDir, Duration.ZERO, false);
	}

	static VideoStateChanged state(long videoId, long projectId, @Nullable Long creatorId, String status,
			String zone, @Nullable Instant postedAt) {
		boolean counted = List.of("auto_tracked", "included", "direct_add").contains(status);
		return new VideoStateChanged(videoId, 1, projectId, creatorId, Long.toString(7_000_000 + videoId), status,
				false, counted, "available", postedAt, zone, CHANGED_AT);
	}

	static StatsSnapshotCaptured snapshot(long videoId, String capturedAt, @Nullable Long views, long likes) {
		return new StatsSnapshotCaptured(videoId, Instant.parse(capturedAt), views, likes, likes / 2, likes / 4,
				likes / 8, false);
	}

	void send(VideoStateChanged state) {
		this.states.pipeInput(state.videoId(), state);
		settle();
	}

	void send(StatsSnapshotCaptured snapshot) {
		this.snapshots.pipeInput(snapshot.videoId(), snapshot);
		settle();
	}

	void send(VideoCampaignsChanged campaigns) {
		this.videoCampaigns.pipeInput(campaigns.videoId(), campaigns);
		settle();
	}

	void send(CreatorCampaignsChanged campaigns) {
		this.creatorCampaigns.pipeInput(campaigns.creatorId(), campaigns);
		settle();
	}

	/** Sends the event as the outbox relay does, with its outbox row id in the {@code outbox-id} header. */
	void sendFromOutbox(long outboxId, VideoStateChanged state) {
		this.states.pipeInput(new TestRecord<>(state.videoId(), state, outboxHeaders(outboxId)));
		settle();
	}

	void sendFromOutbox(long outboxId, VideoCampaignsChanged campaigns) {
		this.videoCampaigns.pipeInput(new TestRecord<>(campaigns.videoId(), campaigns, outboxHeaders(outboxId)));
		settle();
	}

	void sendFromOutbox(long outboxId, CreatorCampaignsChanged campaigns) {
		this.creatorCampaigns
			.pipeInput(new TestRecord<>(campaigns.creatorId(), campaigns, outboxHeaders(outboxId)));
		settle();
	}

	private static RecordHeaders outboxHeaders(long outboxId) {
		return (RecordHeaders) new RecordHeaders().add("outbox-id", Long.toString(outboxId).getBytes(StandardCharsets.UTF_8));
	}

	void creatorCampaigns(long creatorId, long projectId, Long... campaignIds) {
		send(new CreatorCampaignsChanged(creatorId, projectId, List.of(campaignIds)));
	}

	void videoCampaigns(long videoId, long projectId, Long... campaignIds) {
		send(new VideoCampaignsChanged(videoId, projectId, List.of(campaignIds)));
	}

	/** Every aggregate as the topology keeps it, zero rows left out. */
	Map<AggregateKey, Tally> aggregates() {
		Map<AggregateKey, Tally> aggregates = new HashMap<>();
		KeyValueStore<AggregateKey, Tally> store = this.driver.getKeyValueStore(VidtrackTopology.AGGREGATES_STORE);
		try (KeyValueIterator<AggregateKey, Tally> all = store.all()) {
			all.forEachRemaining((KeyValue<AggregateKey, Tally> row) -> {
				if (!row.value.isZero()) {
					aggregates.put(row.key, row.value);
				}
			});
		}
		return aggregates;
	}

	/** The latest value of every aggregate on the output topic, zero rows left out. */
	Map<AggregateKey, Tally> published() {
		this.published.putAll(this.output.readKeyValuesToMap());
		Map<AggregateKey, Tally> nonZero = new HashMap<>(this.published);
		nonZero.values().removeIf(Tally::isZero);
		return nonZero;
	}

	Tally totals(EntityType type, long id) {
		return aggregates().getOrDefault(AggregateKey.totals(type, id), Tally.ZERO);
	}

	Tally daily(EntityType type, long id, String day) {
		return aggregates().getOrDefault(AggregateKey.daily(type, id, LocalDate.parse(day)), Tally.ZERO);
	}

	/** Lets the topology send on the changes it summed. */
	void flush() {
		if (!this.flushInterval.isZero()) {
			this.driver.advanceWallClockTime(this.flushInterval);
		}
	}

	private void settle() {
		if (this.flushAfterEachEvent) {
			flush();
		}
	}

	private <V> TestInputTopic<Long, V> input(Topic<Long, V> topic) {
		return this.driver.createInputTopic(topic.name(), topic.keySerde().serializer(),
				topic.valueSerde().serializer());
	}

	/** Sends bytes no serde may be able to read, keyed as the relay keys the topic's events. */
	void sendRaw(String topic, long key, byte[] value) {
		this.driver
			.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer())
			.pipeInput(Long.toString(key), value);
		settle();
	}

	@Override
	public void close() {
		this.driver.close();
	}

}
