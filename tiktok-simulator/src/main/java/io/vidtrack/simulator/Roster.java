package io.vidtrack.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.vidtrack.simulator.internal.Mix;
import io.vidtrack.simulator.internal.Texts;

/** The creators, each built from the seed and its index, and found by handle or secUid. */
final class Roster {

	/** Every real secUid starts with this (base64 of a fixed binary header). */
	private static final String SEC_UID_PREFIX = "MS4wLjABAAAA";

	private final List<SimCreator> creators;

	private final Map<String, SimCreator> byHandle = new HashMap<>();

	private final Map<String, SimCreator> bySecUid = new HashMap<>();

	Roster(long seed, int count, double privateShare, Instant origin) {
		List<SimCreator> creators = new ArrayList<>(count);
		for (int index = 0; index < count; index++) {
			SimCreator creator = create(seed, index, privateShare, origin);
			creators.add(creator);
			this.byHandle.put(creator.handle().toLowerCase(Locale.ROOT), creator);
			this.bySecUid.put(creator.secUid(), creator);
		}
		this.creators = List.copyOf(creators);
	}

	List<SimCreator> all() {
		return this.creators;
	}

	/** Case-insensitive, like TikTok; a leading {@code @} is ignored. */
	Optional<SimCreator> byHandle(String handle) {
		String key = handle.startsWith("@") ? handle.substring(1) : handle;
		return Optional.ofNullable(this.byHandle.get(key.toLowerCase(Locale.ROOT)));
	}

	Optional<SimCreator> bySecUid(String secUid) {
		return Optional.ofNullable(this.bySecUid.get(secUid));
	}

	private static SimCreator create(long seed, int index, double privateShare, Instant origin) {
		String handle = String.format(Locale.ROOT, "sim.creator%04d", index + 1);
		// 19 digits like TikTok's, unique because the index takes the upper digits
		long userId = 6_800_000_000_000_000_000L + index * 1_000_000_000_000L
				+ (Mix.hash(seed, 1, index) >>> 1) % 1_000_000_000_000L;
		// the first creator is never private, so tests and demos can rely on one public account
		boolean privateAccount = index > 0 && Mix.unit(seed, 2, index) < privateShare;
		boolean verified = Mix.unit(seed, 3, index) < 0.1;
		Instant accountCreatedAt = origin.minus(Duration.ofDays(400 + Mix.below(Mix.hash(seed, 4, index), 2500)));
		return new SimCreator(index, handle, Long.toString(userId), secUid(seed, index),
				Texts.nickname(seed, index), privateAccount, verified, Texts.signature(seed, index), accountCreatedAt);
	}

	/** The prefix + 64 url-safe base64 characters (48 bytes); the index in the bytes keeps it unique. */
	private static String secUid(long seed, int index) {
		byte[] bytes = new byte[48];
		for (int i = 0; i < 6; i++) {
			long word = Mix.hash(seed, 5, index, i);
			for (int b = 0; b < 8; b++) {
				bytes[i * 8 + b] = (byte) (word >>> (b * 8));
			}
		}
		bytes[0] = (byte) (index >>> 8);
		bytes[1] = (byte) index;
		return SEC_UID_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
