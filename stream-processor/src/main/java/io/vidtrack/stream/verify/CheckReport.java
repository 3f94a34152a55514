package io.vidtrack.stream.verify;

import java.util.List;

/** How many aggregates were compared, and those that differ. */
public record CheckReport(int aggregates, List<Mismatch> mismatches) {

	public CheckReport {
		mismatches = List.copyOf(mismatches);
	}

	public boolean passed() {
		return this.mismatches.isEmpty();
	}

	public String summary() {
		return "aggregates=%d mismatches=%d".formatted(this.aggregates, this.mismatches.size());
	}

}
