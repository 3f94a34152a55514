package io.vidtrack.stream.topology.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.stream.topology.AggregateKey;
import org.jspecify.annotations.Nullable;

/**
 * A change to the same aggregate of several entities: their totals ({@code day} null) or one of their days. A
 * video's change stays one record until it is sent on to the aggregates, and the videos of one creator share
 * their entities, so their changes are summed under one key before they fan out.
 */
public record FanOutKey(List<Entity> entities, @Nullable LocalDate day) {

	public FanOutKey {
		entities = List.copyOf(entities);
	}

	/** The key of each entity's aggregate the change applies to. */
	public List<AggregateKey> aggregateKeys() {
		List<AggregateKey> keys = new ArrayList<>(this.entities.size());
		for (Entity entity : this.entities) {
			keys.add((this.day != null) ? entity.daily(this.day) : entity.totals());
		}
		return keys;
	}

}
