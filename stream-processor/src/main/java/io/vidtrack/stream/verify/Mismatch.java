package io.vidtrack.stream.verify;

import java.time.LocalDate;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * One aggregate whose stored values differ from the SQL computation. Totals hold videos, views, likes,
 * comments, shares, saves; a day holds videos, five gained counts and five baseline counts.
 */
public record Mismatch(String entityType, long entityId, @Nullable LocalDate day, long[] expected, long[] actual) {

	@Override
	public String toString() {
		return "%s %d %s: expected %s, stored %s".formatted(this.entityType, this.entityId,
				(this.day != null) ? this.day : "totals", Arrays.toString(this.expected), Arrays.toString(this.actual));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Mismatch that && this.toString().equals(that.toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

}
