package io.vidtrack.stream.topology.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Tally;
import org.jspecify.annotations.Nullable;

/**
 * A change to the same aggregates of several entities. A video's change stays one record until it is sent on
 * to the aggregates, and the videos of one creator share their entities, so their changes are summed under one
 * key before they fan out. With a {@code day}, the change is that day's, and its gains and baselines are the
 * totals' too (a snapshot changes both, so it costs one record, not two); without one, it is the totals' alone.
 * A day's {@code videos} count the videos posted that day and never reach the totals, whose videos come from
 * changes without a day.
 */
public record FanOutKey(List<Entity> entities, @Nullable LocalDate day) {

	public FanOutKey {
		entities = List.copyOf(entities);
	}

	/** Hands each aggregate the change applies to, with its part of the change, to {@code action}. */
	public void forEachChange(Tally change, BiConsumer<AggregateKey, Tally> action) {
		Tally totals = (this.day != null) ? change.withoutVideos() : change;
		for (Entity entity : this.entities) {
			if (this.day != null) {
				action.accept(entity.daily(this.day), change);
			}
			if (!totals.isZero()) {
				action.accept(entity.totals(), totals);
			}
		}
	}

}
