package io.vidtrack.simulator.internal.web;

import java.util.Locale;

/** How TikTok shows numbers: display-rounded ints in {@code stats}, abbreviations in texts. */
final class Numbers {

	private Numbers() {
	}

	/** Values from 10,000 up keep the digits the UI shows (48,213 -> 48,200; 4,001,943 -> 4,000,000). */
	static long display(long value) {
		if (value < 10_000) {
			return value;
		}
		long unit = (value < 1_000_000) ? 100 : (value < 1_000_000_000) ? 100_000 : 100_000_000;
		return value - value % unit;
	}

	/** "153", "20.7k", "1.2m", as in shareMeta (lowercase there, upper on screen). */
	static String abbreviated(long value) {
		if (value < 1000) {
			return Long.toString(value);
		}
		long unit = (value < 1_000_000) ? 1000 : (value < 1_000_000_000) ? 1_000_000 : 1_000_000_000;
		String suffix = (unit == 1000) ? "k" : (unit == 1_000_000) ? "m" : "b";
		long tenths = value * 10 / unit;
		String number = (tenths % 10 == 0) ? Long.toString(tenths / 10)
				: String.format(Locale.ROOT, "%d.%d", tenths / 10, tenths % 10);
		return number + suffix;
	}

}
