package io.vidtrack.stream.topology.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Tally;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * Sums the changes of a task per {@link FanOutKey} and, every {@code interval}, fans the sums out to the
 * aggregates, summed again per aggregate: a snapshot changes a dozen aggregates, and the videos of a project or a
 * campaign would otherwise each send theirs through the repartition topic. The sums wait in a logged store, so
 * what a crash interrupts is sent after the restart, and a sum is sent and removed in one transaction. A flush
 * costs in proportion to the aggregates it touches, which under load is nearly all of them: flushes are spaced
 * so that they take at most {@code share} of the thread's time, and the busier the thread, the more each one
 * carries.
 */
public final class DeltaBuffer implements Processor<FanOutKey, Tally, AggregateKey, Tally> {

	private static final long MAX_WAIT_MILLIS = 1_000;

	private final String storeName;

	private final Duration interval;

	private final double share;

	private final LongSupplier nanoTime;

	// wall-clock time before which a punctuation does not flush: spacing after a slow flush
	private long nextFlushAt;

	private @Nullable ProcessorContext<AggregateKey, Tally> context;

	private @Nullable KeyValueStore<BufferKey, Tally> sums;

	private @Nullable EntitySets sets;

	DeltaBuffer(String storeName, Duration interval, double share, LongSupplier nanoTime) {
		this.storeName = storeName;
		this.interval = interval;
		this.share = share;
		this.nanoTime = nanoTime;
	}

	public static ProcessorSupplier<FanOutKey, Tally, AggregateKey, Tally> supplier(String storeName,
			Duration interval, double share) {
		// in memory: it only holds the sums of one interval; its changelog restores them after a crash
		StoreBuilder<KeyValueStore<BufferKey, Tally>> store = Stores
			.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(storeName), InternalSerdes.BUFFER_KEY,
					InternalSerdes.TALLY)
			.withCachingEnabled();
		// written once per new entity set, in the transaction of the first sum under it
		StoreBuilder<KeyValueStore<Integer, List<Entity>>> sets = Stores.keyValueStoreBuilder(
				Stores.inMemoryKeyValueStore(setsStoreName(storeName)), Serdes.Integer(), InternalSerdes.ENTITY_SET);
		return new ProcessorSupplier<>() {

			@Override
			public Processor<FanOutKey, Tally, AggregateKey, Tally> get() {
				return new DeltaBuffer(storeName, interval, share, System::nanoTime);
			}

			@Override
			public Set<StoreBuilder<?>> stores() {
				return Set.of(store, sets);
			}

		};
	}

	@Override
	public void init(ProcessorContext<AggregateKey, Tally> context) {
		this.context = context;
		this.sums = context.getStateStore(this.storeName);
		this.sets = new EntitySets(context.getStateStore(setsStoreName(this.storeName)));
		context.schedule(this.interval, PunctuationType.WALL_CLOCK_TIME, this::flush);
	}

	@Override
	public void process(Record<FanOutKey, Tally> record) {
		BufferKey key = BufferKey.of(this.sets.idOf(record.key().entities()), record.key().day());
		Tally current = this.sums.get(key);
		Tally sum = (current != null) ? current.plus(record.value()) : record.value();
		if (sum.isZero()) {
			this.sums.delete(key);
		}
		else {
			this.sums.put(key, sum);
		}
	}

	/** The name of the store that keeps the entity sets behind the buffer's keys. */
	public static String setsStoreName(String storeName) {
		return storeName + "-sets";
	}

	private void flush(long now) {
		if (now < this.nextFlushAt) {
			return;
		}
		long started = this.nanoTime.getAsLong();
		send(now);
		long tookMillis = (this.nanoTime.getAsLong() - started) / 1_000_000;
		this.nextFlushAt = now + Math.min(MAX_WAIT_MILLIS, Math.round(tookMillis * (1 - this.share) / this.share));
	}

	private void send(long now) {
		List<BufferKey> sent = new ArrayList<>();
		Map<AggregateKey, Tally> changes = new HashMap<>();
		try (KeyValueIterator<BufferKey, Tally> all = this.sums.all()) {
			all.forEachRemaining((KeyValue<BufferKey, Tally> sum) -> {
				sent.add(sum.key);
				new FanOutKey(this.sets.entities(sum.key.setId()), sum.key.day()).forEachChange(sum.value,
						(key, change) -> changes.merge(key, change, Tally::plus));
			});
		}
		changes.forEach((key, change) -> {
			if (!change.isZero()) {
				this.context.forward(new Record<>(key, change, now));
			}
		});
		sent.forEach(this.sums::delete);
	}

}
