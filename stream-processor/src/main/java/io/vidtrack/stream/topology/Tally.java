package io.vidtrack.stream.topology;

/**
 * An aggregate row, or a change to one. For a day: the counted videos posted that day, what they gained that
 * day and what their baselines brought. For totals: the counted videos, and the gains and baselines of every
 * day, whose sum is the latest counts.
 */
public record Tally(long videos, Counts gained, Counts baseline) {

	public static final Tally ZERO = new Tally(0, Counts.ZERO, Counts.ZERO);

	public static Tally videos(long videos) {
		return new Tally(videos, Counts.ZERO, Counts.ZERO);
	}

	public static Tally gained(Counts gained) {
		return new Tally(0, gained, Counts.ZERO);
	}

	public static Tally baseline(Counts baseline) {
		return new Tally(0, Counts.ZERO, baseline);
	}

	/** The latest counts, for totals: every gain on top of every baseline. */
	public Counts counts() {
		return this.gained.plus(this.baseline);
	}

	public Tally plus(Tally other) {
		return new Tally(this.videos + other.videos, this.gained.plus(other.gained),
				this.baseline.plus(other.baseline));
	}

	/** The gains and baselines alone: what a day's change adds to the totals, which count videos their own way. */
	public Tally withoutVideos() {
		return (this.videos == 0) ? this : new Tally(0, this.gained, this.baseline);
	}

	public Tally negate() {
		return new Tally(-this.videos, this.gained.negate(), this.baseline.negate());
	}

	public boolean isZero() {
		return equals(ZERO);
	}

}
