package io.vidtrack.tiktok.internal;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * After a captcha, verify or login wall, every call answers {@code Blocked} for a cool-down without touching
 * the network: a wall does not lift for a bot that keeps knocking, and a run should stop and report.
 */
public final class BlockedBreaker {

	private final Duration cooldown;

	private volatile @Nullable Open open;

	public BlockedBreaker(Duration cooldown) {
		this.cooldown = cooldown;
	}

	private record Open(String reason, Instant until) {
	}

	/** Why calls are refused, or null when they may go out. */
	public @Nullable String refusal(Instant now) {
		Open current = open;
		return (current != null && now.isBefore(current.until()))
				? "blocked until " + current.until() + " after: " + current.reason() : null;
	}

	/** Opens the breaker, unless it is open already: refused calls must not extend their own cool-down. */
	public synchronized void trip(String reason, Instant now) {
		if (refusal(now) == null) {
			open = new Open(reason, now.plus(cooldown));
		}
	}

}
