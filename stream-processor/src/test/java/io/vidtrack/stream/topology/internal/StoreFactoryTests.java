package io.vidtrack.stream.topology.internal;

import io.vidtrack.stream.topology.StatePlacement;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoreFactoryTests {

	@Test
	void keepsOnlyTheHistoryOnDiskByDefault() {
		StoreFactory stores = new StoreFactory(StatePlacement.HISTORY_ON_DISK);

		assertThat(persistent(stores.history("days", Serdes.Long(), Serdes.Long()))).isTrue();
		assertThat(persistent(stores.uncached("ledgers", Serdes.Long(), Serdes.Long()))).isFalse();
		assertThat(persistent(stores.cached("outbox-ids", Serdes.Long(), Serdes.Long()))).isFalse();
	}

	@Test
	void keepsEveryStoreOnDiskOrEveryStoreInMemoryWhenAskedTo() {
		StoreFactory disk = new StoreFactory(StatePlacement.DISK);
		StoreFactory memory = new StoreFactory(StatePlacement.MEMORY);

		assertThat(persistent(disk.uncached("ledgers", Serdes.Long(), Serdes.Long()))).isTrue();
		assertThat(persistent(disk.history("days", Serdes.Long(), Serdes.Long()))).isTrue();
		assertThat(persistent(memory.history("days", Serdes.Long(), Serdes.Long()))).isFalse();
		assertThat(persistent(memory.cached("outbox-ids", Serdes.Long(), Serdes.Long()))).isFalse();
	}

	// building a store opens nothing: RocksDB opens on init, which these tests never call
	private static boolean persistent(StoreBuilder<?> builder) {
		return builder.build().persistent();
	}

}
