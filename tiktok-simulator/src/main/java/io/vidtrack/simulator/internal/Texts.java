package io.vidtrack.simulator.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic human-looking text: nicknames, bios and captions. Captions sometimes hold a slash, a
 * {@code <3} or an emoji, so every escaping path of the page writer is exercised.
 */
public final class Texts {

	private static final String[] FIRST = { "Maya", "Leo", "Ava", "Noah", "Zoe", "Eli", "Mia", "Kai", "Ivy", "Omar",
			"Lena", "Theo", "Nina", "Jude", "Rosa", "Finn", "Sara", "Milo", "Ada", "Luca" };

	private static final String[] LAST = { "Ortiz", "Kim", "Brooks", "Novak", "Silva", "Reyes", "Patel", "Moreau",
			"Lindqvist", "Okafor", "Tanaka", "Rossi", "Haddad", "Walsh", "Costa", "Berg" };

	private static final String[] BIOS = { "recipes under $5", "daily fits & thrifting", "gym / food / repeat",
			"tiny apartment, big plants", "learning guitar one clip at a time", "travel on a budget",
			"dog mom <3 two rescues", "skincare that actually works", "coding tips for beginners",
			"weekend baker", "book reviews in 60s", "street food hunter" };

	private static final String[] OPENERS = { "cheap pasta night", "trying the viral hack", "day in my life",
			"this took 3 tries", "rating every snack in the aisle", "POV: you finally get it", "small win today",
			"morning routine, honest version", "the 50/50 challenge", "you asked, so here it is", "pack with me",
			"1 minute recipe", "before vs after", "storytime", "testing cheap vs expensive" };

	private static final String[] ENDINGS = { "", "", " ✨", " <3", " (part 2 soon)", " 😂", " - thoughts?",
			" link in bio", " would you try it?" };

	private static final String[] TAGS = { "fyp", "foryou", "food", "recipe", "travel", "dance", "diy", "fitness",
			"booktok", "skincare", "comedy", "pets", "fashion", "tech", "learnontiktok", "budget", "vlog", "music",
			"art", "garden" };

	private Texts() {
	}

	public static String nickname(long seed, int creator) {
		long h = Mix.hash(seed, 41, creator);
		return FIRST[Mix.below(h, FIRST.length)] + " " + LAST[Mix.below(Mix.mix(h), LAST.length)];
	}

	public static String signature(long seed, int creator) {
		return BIOS[Mix.below(Mix.hash(seed, 42, creator), BIOS.length)];
	}

	public static String caption(long seed, int creator, int k) {
		long h = Mix.hash(seed, 43, creator, k);
		StringBuilder caption = new StringBuilder(OPENERS[Mix.below(h, OPENERS.length)]);
		caption.append(ENDINGS[Mix.below(Mix.mix(h), ENDINGS.length)]);
		for (String tag : hashtags(seed, creator, k)) {
			caption.append(" #").append(tag);
		}
		return caption.toString();
	}

	/** One to four distinct hashtags for the caption to end with. */
	private static List<String> hashtags(long seed, int creator, int k) {
		long h = Mix.hash(seed, 44, creator, k);
		int count = 1 + Mix.below(h, 4);
		List<String> tags = new ArrayList<>(count);
		int first = Mix.below(Mix.mix(h), TAGS.length);
		for (int i = 0; i < count; i++) {
			tags.add(TAGS[(first + i * 7) % TAGS.length]);
		}
		return tags;
	}

}
