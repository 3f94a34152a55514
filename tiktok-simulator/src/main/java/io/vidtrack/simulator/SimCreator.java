package io.vidtrack.simulator;

import java.time.Instant;

/**
 * A simulated creator. {@code index} is its position in {@link Population#creators()}; the handle
 * ({@code sim.creator0001} for index 0) is valid for TikTok's {@code ^[A-Za-z0-9._-]{1,30}$}.
 */
public record SimCreator(int index, String handle, String userId, String secUid, String nickname,
		boolean privateAccount, boolean verified, String signature, Instant accountCreatedAt) {
}
