package io.vidtrack.api.analytics;

/** The six counted quantities of a day or of a running total: posts, views, likes, comments, shares, saves. */
record Counts(long videos, long views, long likes, long comments, long shares, long saves) {

	static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

	Counts plus(Counts other) {
		return new Counts(this.videos + other.videos, this.views + other.views, this.likes + other.likes,
				this.comments + other.comments, this.shares + other.shares, this.saves + other.saves);
	}

	Counts minus(Counts other) {
		return new Counts(this.videos - other.videos, this.views - other.views, this.likes - other.likes,
				this.comments - other.comments, this.shares - other.shares, this.saves - other.saves);
	}

	long engagements() {
		return this.likes + this.comments + this.shares + this.saves;
	}

}
