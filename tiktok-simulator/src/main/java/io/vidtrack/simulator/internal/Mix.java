package io.vidtrack.simulator.internal;

/**
 * Stateless hashing (SplitMix64's finalizer): every simulated value is a pure function of the seed and a
 * few coordinates, so a post needs no stored state and two runs with one seed agree bit for bit.
 */
public final class Mix {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private Mix() {
	}

	public static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	public static long hash(long seed, long tag, long a) {
		return mix(mix(seed + tag * GOLDEN) + a * GOLDEN);
	}

	public static long hash(long seed, long tag, long a, long b) {
		return mix(hash(seed, tag, a) + b * GOLDEN);
	}

	/** A double in [0, 1) from a hash. */
	public static double unit(long hash) {
		return (hash >>> 11) * 0x1.0p-53;
	}

	public static double unit(long seed, long tag, long a) {
		return unit(hash(seed, tag, a));
	}

	public static double unit(long seed, long tag, long a, long b) {
		return unit(hash(seed, tag, a, b));
	}

	/** A value in [0, bound) from a hash. */
	public static int below(long hash, int bound) {
		return (int) ((hash >>> 33) % bound);
	}

}
