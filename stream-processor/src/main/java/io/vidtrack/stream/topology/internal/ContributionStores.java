package io.vidtrack.stream.topology.internal;

import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;

/** The stores of {@link VideoContributionProcessor}, each with a changelog, so that a restart resumes. */
public final class ContributionStores {

	public static final String LEDGERS = "video-ledgers";

	public static final String DAYS = "video-days";

	public static final String PENDING = "video-pending-snapshots";

	private ContributionStores() {
	}

	static Set<StoreBuilder<?>> builders(StoreFactory stores) {
		// not cached: a video's next snapshot rarely comes within one commit, so a cache would only add work
		return Set.of(stores.uncached(LEDGERS, Serdes.Long(), InternalSerdes.VIDEO_LEDGER),
				stores.history(DAYS, InternalSerdes.VIDEO_DAY, InternalSerdes.TALLY),
				stores.uncached(PENDING, Serdes.Long(), InternalSerdes.SNAPSHOTS));
	}

}
