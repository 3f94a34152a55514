package io.vidtrack.api.analytics;

/**
 * One day of a series, as {@code aggregate_daily} keeps it: what counted videos gained that day, and the counts
 * their baseline snapshots brought that day (posts are in {@code gained.videos}; baselines hold no posts).
 */
record Day(Counts gained, Counts baseline) {

	static final Day EMPTY = new Day(Counts.ZERO, Counts.ZERO);

	Day plus(Day other) {
		return new Day(this.gained.plus(other.gained), this.baseline.plus(other.baseline));
	}

	Counts total() {
		return this.gained.plus(this.baseline);
	}

}
