package io.vidtrack.stream.topology.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Counts;
import io.vidtrack.stream.topology.EntityType;
import io.vidtrack.stream.topology.Tally;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeltaBufferTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

	private static final List<Entity> PROJECT_AND_CREATOR = List.of(new Entity(EntityType.PROJECT, 1),
			new Entity(EntityType.CREATOR, 2));

	private final MockProcessorContext<AggregateKey, Tally> context = new MockProcessorContext<>();

	// what System.nanoTime would say at the start and at the end of each flush
	private final Deque<Long> nanos = new ArrayDeque<>();

	private DeltaBuffer buffer;

	private Punctuator punctuator;

	private final KeyValueStore<BufferKey, Tally> sums = Stores
		.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("buffer"), InternalSerdes.BUFFER_KEY, InternalSerdes.TALLY)
		.withLoggingDisabled()
		.build();

	private final KeyValueStore<Integer, List<Entity>> sets = Stores
		.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DeltaBuffer.setsStoreName("buffer")), Serdes.Integer(),
				InternalSerdes.ENTITY_SET)
		.withLoggingDisabled()
		.build();

	@BeforeEach
	void setUp() {
		this.sums.init(this.context.getStateStoreContext(), this.sums);
		this.sets.init(this.context.getStateStoreContext(), this.sets);
		this.context.addStateStore(this.sums);
		this.context.addStateStore(this.sets);
		start();
	}

	/** A buffer over the stores as they are: what a restart or another instance taking the task over gets. */
	private void start() {
		this.buffer = new DeltaBuffer("buffer", Duration.ofMillis(100), 0.1, this.nanos::removeFirst);
		this.buffer.init(this.context);
		List<CapturedPunctuator> punctuators = this.context.scheduledPunctuators();
		this.punctuator = punctuators.get(punctuators.size() - 1).getPunctuator();
	}

	@Test
	void sumsBufferedBeforeARestartAreSentAfterItUnderTheirOwnEntities() {
		// given: two entity sets buffered, then a new buffer over the same stores
		List<Entity> otherCreator = List.of(new Entity(EntityType.PROJECT, 1), new Entity(EntityType.CREATOR, 3));
		process(new FanOutKey(PROJECT_AND_CREATOR, null), Tally.videos(1));
		process(new FanOutKey(otherCreator, null), Tally.videos(2));
		start();

		// when: the new one sees a set it has not seen yet, then flushes
		List<Entity> third = List.of(new Entity(EntityType.PROJECT, 1), new Entity(EntityType.CREATOR, 4));
		process(new FanOutKey(third, null), Tally.videos(4));
		flushAt(1_000, 0);

		// then
		assertThat(forwarded()).containsOnly(Map.entry(AggregateKey.totals(EntityType.PROJECT, 1), Tally.videos(7)),
				Map.entry(AggregateKey.totals(EntityType.CREATOR, 2), Tally.videos(1)),
				Map.entry(AggregateKey.totals(EntityType.CREATOR, 3), Tally.videos(2)),
				Map.entry(AggregateKey.totals(EntityType.CREATOR, 4), Tally.videos(4)));
	}

	@Test
	void aDayChangeReachesThatDayAndTheTotalsGainsButNotTheTotalsVideos() {
		// given: a snapshot's gain and the video counted on its posting day, both on one day
		Counts gained = new Counts(100, 10, 1, 0, 0);
		process(new FanOutKey(PROJECT_AND_CREATOR, DAY), Tally.gained(gained));
		process(new FanOutKey(PROJECT_AND_CREATOR, DAY), Tally.videos(1));
		process(new FanOutKey(PROJECT_AND_CREATOR, null), Tally.videos(1));

		// when
		flushAt(1_000, 0);

		// then
		Tally day = new Tally(1, gained, Counts.ZERO);
		assertThat(forwarded()).containsOnly(
				Map.entry(AggregateKey.daily(EntityType.PROJECT, 1, DAY), day),
				Map.entry(AggregateKey.daily(EntityType.CREATOR, 2, DAY), day),
				Map.entry(AggregateKey.totals(EntityType.PROJECT, 1), day),
				Map.entry(AggregateKey.totals(EntityType.CREATOR, 2), day));
	}

	@Test
	void aSlowFlushSpacesTheNextOutSoFlushingKeepsToItsShare() {
		// given: a flush that took 50 ms, at a share of 0.1: the next waits 450 ms
		process(new FanOutKey(PROJECT_AND_CREATOR, null), Tally.videos(1));
		flushAt(1_000, 50);
		this.context.resetForwards();
		process(new FanOutKey(PROJECT_AND_CREATOR, null), Tally.videos(1));

		// when: the next intervals come before that
		this.punctuator.punctuate(1_100);
		this.punctuator.punctuate(1_400);

		// then
		assertThat(this.context.forwarded()).isEmpty();

		// when: the wait is over
		flushAt(1_450, 0);

		// then
		assertThat(forwarded()).containsEntry(AggregateKey.totals(EntityType.PROJECT, 1), Tally.videos(1));
	}

	@Test
	void aQuickFlushLeavesTheNextAtTheNextInterval() {
		// given
		process(new FanOutKey(PROJECT_AND_CREATOR, null), Tally.videos(1));
		flushAt(1_000, 0);
		this.context.resetForwards();
		process(new FanOutKey(PROJECT_AND_CREATOR, null), Tally.videos(-1));

		// when
		flushAt(1_100, 0);

		// then
		assertThat(forwarded()).containsEntry(AggregateKey.totals(EntityType.CREATOR, 2), Tally.videos(-1));
	}

	private void process(FanOutKey key, Tally change) {
		this.buffer.process(new Record<>(key, change, 0));
	}

	private void flushAt(long now, long tookMillis) {
		this.nanos.add(0L);
		this.nanos.add(tookMillis * 1_000_000);
		this.punctuator.punctuate(now);
	}

	private Map<AggregateKey, Tally> forwarded() {
		Map<AggregateKey, Tally> changes = new HashMap<>();
		this.context.forwarded().forEach((sent) -> changes.merge(sent.record().key(), sent.record().value(), Tally::plus));
		return changes;
	}

}
