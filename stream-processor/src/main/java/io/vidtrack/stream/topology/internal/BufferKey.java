package io.vidtrack.stream.topology.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The delta buffer's key: an entity set by its {@link EntitySets} id, and a day ({@code NO_DAY} for the totals).
 * Eight bytes, where the set itself took ~80: the buffer's cache is a sorted map of serialized keys, touched for
 * every snapshot.
 */
record BufferKey(int setId, int epochDay) {

	static final int NO_DAY = Integer.MIN_VALUE;

	static BufferKey of(int setId, @Nullable LocalDate day) {
		return new BufferKey(setId, (day != null) ? (int) day.toEpochDay() : NO_DAY);
	}

	@Nullable LocalDate day() {
		return (this.epochDay != NO_DAY) ? LocalDate.ofEpochDay(this.epochDay) : null;
	}

}
