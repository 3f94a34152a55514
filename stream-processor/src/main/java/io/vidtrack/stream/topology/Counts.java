package io.vidtrack.stream.topology;

import io.vidtrack.events.StatsSnapshotCaptured;

/** The five public counts of a video, or a sum or difference of them. Absent views count as 0. */
public record Counts(long views, long likes, long comments, long shares, long saves) {

	public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

	public static Counts of(StatsSnapshotCaptured snapshot) {
		long views = (snapshot.views() != null) ? snapshot.views() : 0;
		return new Counts(views, snapshot.likes(), snapshot.comments(), snapshot.shares(), snapshot.saves());
	}

	public Counts plus(Counts other) {
		return new Counts(this.views + other.views, this.likes + other.likes, this.comments + other.comments,
				this.shares + other.shares, this.saves + other.saves);
	}

	public Counts minus(Counts other) {
		return plus(other.negate());
	}

	public Counts negate() {
		return new Counts(-this.views, -this.likes, -this.comments, -this.shares, -this.saves);
	}

	public boolean isZero() {
		return equals(ZERO);
	}

}
