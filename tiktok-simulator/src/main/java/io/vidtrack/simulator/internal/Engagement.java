package io.vidtrack.simulator.internal;

import io.vidtrack.simulator.CreatorStats;
import io.vidtrack.simulator.SimStats;

/**
 * Counts as pure functions of (seed, post, t). Each metric is {@code potential * (1 - e^(-age/tau) + tail *
 * age)}: fast growth in the first days, then a slow linear tail forever. Every term is non-decreasing in
 * the age and the floors keep that, so counts never go down as the clock moves. StrictMath keeps the
 * numbers identical on every JVM.
 */
public final class Engagement {

	private static final double DAY_MS = 86_400_000d;

	private static final long POPULARITY = 31;

	private static final long POTENTIAL = 32;

	private static final long SHAPE = 33;

	private static final long RATES = 34;

	private static final long NO_VIEWS = 35;

	private static final long FOLLOWING = 36;

	private final long seed;

	public Engagement(long seed) {
		this.seed = seed;
	}

	/** log10 of the creator's followers at the history start: 3 (1k) to 6.5 (~3M). */
	double logFollowers(int creator) {
		return 3 + 3.5 * Mix.unit(this.seed, POPULARITY, creator);
	}

	public SimStats postStats(int creator, int k, long createSecond, boolean photo, long atMillis) {
		boolean showsViews = !photo || Mix.unit(this.seed, NO_VIEWS, creator, k) >= 0.5;
		double ageDays = (atMillis - createSecond * 1000) / DAY_MS;
		if (ageDays <= 0) {
			return new SimStats(showsViews ? 0L : null, 0, 0, 0, 0);
		}
		// views potential 1e2..1e7, bigger creators reach further
		double logViews = 2 + 0.6 * (logFollowers(creator) - 3)
				+ 2.9 * StrictMath.pow(Mix.unit(this.seed, POTENTIAL, creator, k), 2.5);
		double views = StrictMath.pow(10, logViews);
		long shape = Mix.hash(this.seed, SHAPE, creator, k);
		double tau = 0.5 + 2.5 * Mix.unit(shape);
		double tail = 0.001 + 0.004 * Mix.unit(Mix.mix(shape));
		long rates = Mix.hash(this.seed, RATES, creator, k);
		double likes = views * (0.02 + 0.08 * Mix.unit(rates));
		double comments = likes * (0.005 + 0.025 * Mix.unit(Mix.mix(rates)));
		double shares = likes * (0.01 + 0.09 * Mix.unit(Mix.mix(rates + 1)));
		double saves = likes * (0.02 + 0.13 * Mix.unit(Mix.mix(rates + 2)));
		return new SimStats(showsViews ? grown(views, ageDays, tau, tail) : null, grown(likes, ageDays, tau * 0.8, tail),
				grown(comments, ageDays, tau * 1.2, tail), grown(shares, ageDays, tau, tail * 0.5),
				grown(saves, ageDays, tau * 1.5, tail));
	}

	public CreatorStats creatorStats(int creator, long historyStartSecond, long videoCount, long atMillis) {
		double days = Math.max(0, (atMillis - historyStartSecond * 1000) / DAY_MS);
		double followers = StrictMath.pow(10, logFollowers(creator));
		long rates = Mix.hash(this.seed, FOLLOWING, creator);
		double growth = 0.001 + 0.009 * Mix.unit(rates);
		double likesPerFollower = 3 + 27 * Mix.unit(Mix.mix(rates));
		long following = 20 + Mix.below(Mix.mix(rates + 1), 1500);
		return new CreatorStats((long) (followers * (1 + growth * days)), following,
				(long) (followers * likesPerFollower * (1 + 1.5 * growth * days)), videoCount);
	}

	private static long grown(double potential, double ageDays, double tau, double tail) {
		return (long) (potential * (1 - StrictMath.exp(-ageDays / tau) + tail * ageDays));
	}

}
