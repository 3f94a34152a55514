package io.vidtrack.stream.topology.internal;

import io.vidtrack.stream.topology.StatePlacement;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Builds every store of the topology where its {@link StatePlacement} says. Each has a changelog either way. */
public final class StoreFactory {

	private final StatePlacement placement;

	public StoreFactory(StatePlacement placement) {
		this.placement = placement;
	}

	public <K, V> Materialized<K, V, KeyValueStore<Bytes, byte[]>> materialized(String name, Serde<K> keySerde,
			Serde<V> valueSerde) {
		KeyValueBytesStoreSupplier supplier = this.placement.inMemory(false) ? Stores.inMemoryKeyValueStore(name)
				: Stores.persistentTimestampedKeyValueStore(name);
		return Materialized.<K, V>as(supplier).withKeySerde(keySerde).withValueSerde(valueSerde);
	}

	/** A cached store: its changelog gets one record per key and commit, not one per update. */
	<K, V> StoreBuilder<KeyValueStore<K, V>> cached(String name, Serde<K> keySerde, Serde<V> valueSerde) {
		return Stores.keyValueStoreBuilder(supplier(name, false), keySerde, valueSerde)
			.withCachingEnabled();
	}

	<K, V> StoreBuilder<KeyValueStore<K, V>> uncached(String name, Serde<K> keySerde, Serde<V> valueSerde) {
		return Stores.keyValueStoreBuilder(supplier(name, false), keySerde, valueSerde);
	}

	/** A store that grows with time, not only with the videos: on disk unless everything is in memory. */
	<K, V> StoreBuilder<KeyValueStore<K, V>> history(String name, Serde<K> keySerde, Serde<V> valueSerde) {
		return Stores.keyValueStoreBuilder(supplier(name, true), keySerde, valueSerde);
	}

	private KeyValueBytesStoreSupplier supplier(String name, boolean history) {
		return this.placement.inMemory(history) ? Stores.inMemoryKeyValueStore(name)
				: Stores.persistentKeyValueStore(name);
	}

}
