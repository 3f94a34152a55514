package io.vidtrack.simulator;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The simulated population. Every creator posts every {@code minPostEveryHours}..{@code maxPostEveryHours}
 * hours (its own period, with jitter) from {@code historyDays} before the origin, and keeps posting as the
 * clock moves. The origin is {@code origin} when set, else the clock's instant when the population is built;
 * fixing it keeps every post id stable across restarts.
 *
 * @param photoShare share of posts that are photo carousels
 * @param deletedShare share of posts that are deleted (their pages answer 10204)
 * @param privateShare share of posts that are private, and of creators (never the first) whose account is
 */
public record SimulatorConfig(long seed, int creators, int historyDays, double minPostEveryHours,
		double maxPostEveryHours, double photoShare, double deletedShare, double privateShare, Clock clock,
		@Nullable Instant origin) {

	/** Post ids hold the creator index and the post number in 16 bits each. */
	public static final int MAX_CREATORS = 1 << 16;

	public SimulatorConfig {
		require(creators >= 1 && creators <= MAX_CREATORS, "creators must be 1.." + MAX_CREATORS);
		require(historyDays >= 0, "historyDays must not be negative");
		// below ~36 s between posts, the second-resolution create times of one creator could collide
		require(minPostEveryHours >= 0.01 && maxPostEveryHours >= minPostEveryHours,
				"need 0.01 <= minPostEveryHours <= maxPostEveryHours");
		require(isShare(photoShare) && isShare(deletedShare) && isShare(privateShare), "shares must be 0..1");
	}

	public SimulatorConfig(long seed, int creators, int historyDays, double minPostEveryHours,
			double maxPostEveryHours, double photoShare, double deletedShare, double privateShare, Clock clock) {
		this(seed, creators, historyDays, minPostEveryHours, maxPostEveryHours, photoShare, deletedShare,
				privateShare, clock, null);
	}

	/** Seed 42, 20 creators, 30 days of history, a post every 12-48 h, 15% photos, 2% deleted, 1% private. */
	public static SimulatorConfig defaults() {
		return new SimulatorConfig(42, 20, 30, 12, 48, 0.15, 0.02, 0.01, Clock.systemUTC());
	}

	public SimulatorConfig withSeed(long seed) {
		return new SimulatorConfig(seed, this.creators, this.historyDays, this.minPostEveryHours,
				this.maxPostEveryHours, this.photoShare, this.deletedShare, this.privateShare, this.clock, this.origin);
	}

	public SimulatorConfig withCreators(int creators) {
		return new SimulatorConfig(this.seed, creators, this.historyDays, this.minPostEveryHours,
				this.maxPostEveryHours, this.photoShare, this.deletedShare, this.privateShare, this.clock, this.origin);
	}

	public SimulatorConfig withHistoryDays(int historyDays) {
		return new SimulatorConfig(this.seed, this.creators, historyDays, this.minPostEveryHours,
				this.maxPostEveryHours, this.photoShare, this.deletedShare, this.privateShare, this.clock, this.origin);
	}

	public SimulatorConfig withPostEveryHours(double min, double max) {
		return new SimulatorConfig(this.seed, this.creators, this.historyDays, min, max, this.photoShare,
				this.deletedShare, this.privateShare, this.clock, this.origin);
	}

	public SimulatorConfig withShares(double photoShare, double deletedShare, double privateShare) {
		return new SimulatorConfig(this.seed, this.creators, this.historyDays, this.minPostEveryHours,
				this.maxPostEveryHours, photoShare, deletedShare, privateShare, this.clock, this.origin);
	}

	public SimulatorConfig withClock(Clock clock) {
		return new SimulatorConfig(this.seed, this.creators, this.historyDays, this.minPostEveryHours,
				this.maxPostEveryHours, this.photoShare, this.deletedShare, this.privateShare, clock, this.origin);
	}

	public SimulatorConfig withOrigin(@Nullable Instant origin) {
		return new SimulatorConfig(this.seed, this.creators, this.historyDays, this.minPostEveryHours,
				this.maxPostEveryHours, this.photoShare, this.deletedShare, this.privateShare, this.clock, origin);
	}

	private static boolean isShare(double share) {
		return share >= 0 && share <= 1;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
