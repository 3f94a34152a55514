package io.vidtrack.api.video.internal;

/** A video's five counts at one instant; absent views (a photo post) are 0, as in every sum. */
public record Counts(long views, long likes, long comments, long shares, long saves) {

	public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

	public Counts minus(Counts other) {
		return new Counts(this.views - other.views, this.likes - other.likes, this.comments - other.comments,
				this.shares - other.shares, this.saves - other.saves);
	}

	/** Likes, comments, shares and saves: the numerator of the engagement rate. */
	public long engagements() {
		return this.likes + this.comments + this.shares + this.saves;
	}

}
