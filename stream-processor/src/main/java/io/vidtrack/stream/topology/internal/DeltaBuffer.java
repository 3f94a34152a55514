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

	private @Nullable KeyValueStore<FanOutKey, Tally> sums;

	DeltaBuffer(String storeName, Duration interval, double share, LongSupplier nanoTime) {
		this.storeName = storeName;
		this.interval = interval;
		this.share = share;
		this.nanoTime = nanoTime;
	}

	public static ProcessorSupplier<FanOutKey, Tally, AggregateKey, Tally> supplier(String storeName,
			Duration interval, double share) {
		// in memory: it only holds the sums of one interval; its changelog restores them after a crash
		StoreBuilder<KeyValueStore<FanOutKey, Tally>> store = Stores
			.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(storeName), InternalSerdes.FAN_OUT_KEY,
					InternalSerdes.TALLY)
			.withCachingEnabled();
		return new ProcessorSupplier<>() {

			@Override
			public Processor<FanOutKey, Tally, AggregateKey, Tally> get() {
				return new DeltaBuffer(storeName, interval, share, System::nanoTime);
			}

			@Override
			public Set<StoreBuilder<?>> stores() {
				return Set.of(store);
			}

		};
	}

	@Override
	public void init(ProcessorContext<AggregateKey, Tally> context) {
		this.context = context;
		this.sums = context.getStateStore(this.storeName);
		context.schedule(this.interval, PunctuationType.WALL_CLOCK_TIME, this::flush);
	}

	@Override
	public void process(Record<FanOutKey, Tally> record) {
		Tally current = this.sums.get(record.key());
		Tally sum = (current != null) ? current.plus(record.value()) : record.value();
		if (sum.isZero()) {
			this.sums.delete(record.key());
		}
		else {
			this.sums.put(record.key(), sum);
		}
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
		List<FanOutKey> sent = new ArrayList<>();
		Map<AggregateKey, Tally> changes = new HashMap<>();
		try (KeyValueIterator<FanOutKey, Tally> all = this.sums.all()) {
			all.forEachRemaining((KeyValue<FanOutKey, Tally> sum) -> {
				sent.add(sum.key);
				sum.key.forEachChange(sum.value, (key, change) -> changes.merge(key, change, Tally::plus));
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
