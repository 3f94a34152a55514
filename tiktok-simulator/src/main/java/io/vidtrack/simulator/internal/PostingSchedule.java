package io.vidtrack.simulator.internal;

/**
 * When each creator posts. Creator c posts every {@code period[c]} seconds from {@code start[c]} (a random
 * phase after the history start), each post shifted by a jitter within a quarter period, so create times
 * are strictly increasing and "how many posts by t" needs only the nominal slot and two neighbours.
 */
public final class PostingSchedule {

	/** Post numbers live in 16 bits of the id; a creator stops posting after this many. */
	public static final int MAX_POSTS = 1 << 16;

	private static final long PERIOD = 21;

	private static final long PHASE = 22;

	private static final long JITTER = 23;

	private static final long UPLOAD = 24;

	private final long seed;

	private final double[] periodSeconds;

	private final double[] startSeconds;

	public PostingSchedule(long seed, int creators, long historyStartSecond, double minHours, double maxHours) {
		this.seed = seed;
		this.periodSeconds = new double[creators];
		this.startSeconds = new double[creators];
		for (int c = 0; c < creators; c++) {
			double hours = minHours + (maxHours - minHours) * Mix.unit(seed, PERIOD, c);
			this.periodSeconds[c] = hours * 3600;
			this.startSeconds[c] = historyStartSecond + Mix.unit(seed, PHASE, c) * this.periodSeconds[c];
		}
	}

	/** The create time (epoch second) of creator c's post k. */
	public long createSecond(int creator, int k) {
		double period = this.periodSeconds[creator];
		double jitter = (Mix.unit(this.seed, JITTER, creator, k) - 0.5) * 0.5 * period;
		return (long) Math.floor(this.startSeconds[creator] + k * period + jitter);
	}

	/** TikTok ids carry the upload second, 10-70 s before the post went live. */
	public long uploadSecond(int creator, int k) {
		return createSecond(creator, k) - 10 - Mix.below(Mix.hash(this.seed, UPLOAD, creator, k), 61);
	}

	/** How many of creator c's posts have a create time at or before the given second. */
	public int postsUntil(int creator, long epochSecond) {
		double slots = Math.floor((epochSecond - this.startSeconds[creator]) / this.periodSeconds[creator]);
		if (slots < -1) {
			return 0;
		}
		// the jitter is under a quarter period, so post (slots + 2) is always later than epochSecond
		int k = (int) Math.min(slots + 1, MAX_POSTS - 1);
		while (k >= 0 && createSecond(creator, k) > epochSecond) {
			k--;
		}
		return k + 1;
	}

}
