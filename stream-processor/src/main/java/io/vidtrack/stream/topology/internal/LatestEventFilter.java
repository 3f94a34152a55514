package io.vidtrack.stream.topology.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Drops an event the outbox relay sent again. A relay that restarts re-sends a suffix of a key's events in
 * order; applying them again would end in the same state, but would show older states for a moment. The relay
 * numbers every event ({@code outbox-id}, increasing per key), so an event whose number is not above the last
 * one applied for its key is a repeat. Events without the header (tests, replays) always pass.
 */
public final class LatestEventFilter<V> implements FixedKeyProcessor<Long, V, V> {

	static final String OUTBOX_ID_HEADER = "outbox-id";

	private final String storeName;

	private @Nullable FixedKeyProcessorContext<Long, V> context;

	private @Nullable KeyValueStore<Long, Long> applied;

	private LatestEventFilter(String storeName) {
		this.storeName = storeName;
	}

	public static <V> FixedKeyProcessorSupplier<Long, V, V> supplier(StoreFactory stores, String storeName) {
		StoreBuilder<KeyValueStore<Long, Long>> store = stores.cached(storeName, Serdes.Long(), Serdes.Long());
		return new FixedKeyProcessorSupplier<>() {

			@Override
			public FixedKeyProcessor<Long, V, V> get() {
				return new LatestEventFilter<>(storeName);
			}

			@Override
			public Set<StoreBuilder<?>> stores() {
				return Set.of(store);
			}

		};
	}

	@Override
	public void init(FixedKeyProcessorContext<Long, V> context) {
		this.context = context;
		this.applied = context.getStateStore(this.storeName);
	}

	@Override
	public void process(FixedKeyRecord<Long, V> record) {
		Header header = record.headers().lastHeader(OUTBOX_ID_HEADER);
		if (header != null && record.key() != null) {
			long outboxId = Long.parseLong(new String(header.value(), StandardCharsets.US_ASCII));
			Long last = this.applied.get(record.key());
			if (last != null && outboxId <= last) {
				return;
			}
			this.applied.put(record.key(), outboxId);
		}
		this.context.forward(record);
	}

}
