package io.vidtrack.api.project;

import java.time.Instant;

import io.vidtrack.api.aggregates.EntityStats;
import org.jspecify.annotations.Nullable;

/** The v1 project object; {@code description} is the markdown notes written as {@code readme}. */
record ProjectView(long id, String name, @Nullable String description, Instant createdAt, Instant updatedAt,
		EntityStats stats) {

	ProjectView withStats(EntityStats stats) {
		return new ProjectView(this.id, this.name, this.description, this.createdAt, this.updatedAt, stats);
	}

}
