package io.vidtrack.stream.topology;

import org.apache.kafka.common.serialization.Serde;

/** A topic's name with the serdes of its keys and values, so every call site reads them from one place. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
}
