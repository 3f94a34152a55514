package io.vidtrack.stream.topology.internal;

import java.time.LocalDate;

import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.EntityType;

/** A project, creator or campaign that a counted video counts for. */
record Entity(EntityType type, long id) {

	AggregateKey totals() {
		return AggregateKey.totals(this.type, this.id);
	}

	AggregateKey daily(LocalDate day) {
		return AggregateKey.daily(this.type, this.id, day);
	}

}
