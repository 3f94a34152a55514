package io.vidtrack.stream.topology;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One aggregate: an entity's totals ({@code day} null) or one day of its series in its org's time zone. */
public record AggregateKey(EntityType type, long entityId, @Nullable LocalDate day) {

	public static AggregateKey totals(EntityType type, long entityId) {
		return new AggregateKey(type, entityId, null);
	}

	public static AggregateKey daily(EntityType type, long entityId, LocalDate day) {
		return new AggregateKey(type, entityId, day);
	}

	public boolean isTotals() {
		return this.day == null;
	}

}
