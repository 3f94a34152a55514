package io.vidtrack.stream.topology.internal;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Builds every store of the topology in one kind: RocksDB, or in memory. Each has a changelog either way. */
public final class StoreFactory {

	private final boolean inMemory;

	public StoreFactory(boolean inMemory) {
		this.inMemory = inMemory;
	}

	public <K, V> Materialized<K, V, KeyValueStore<Bytes, byte[]>> materialized(String name, Serde<K> keySerde,
			Serde<V> valueSerde) {
		KeyValueBytesStoreSupplier supplier = this.inMemory ? Stores.inMemoryKeyValueStore(name)
				: Stores.persistentTimestampedKeyValueStore(name);
		return Materialized.<K, V>as(supplier).withKeySerde(keySerde).withValueSerde(valueSerde);
	}

	/** A cached store: its changelog gets one record per key and commit, not one per update. */
	<K, V> StoreBuilder<KeyValueStore<K, V>> cached(String name, Serde<K> keySerde, Serde<V> valueSerde) {
		return Stores.keyValueStoreBuilder(supplier(name), keySerde, valueSerde)
			.withCachingEnabled();
	}

	<K, V> StoreBuilder<KeyValueStore<K, V>> uncached(String name, Serde<K> keySerde, Serde<V> valueSerde) {
		return Stores.keyValueStoreBuilder(supplier(name), keySerde, valueSerde);
	}

	private KeyValueBytesStoreSupplier supplier(String name) {
		return this.inMemory ? Stores.inMemoryKeyValueStore(name)
				: Stores.persistentKeyValueStore(name);
	}

}
