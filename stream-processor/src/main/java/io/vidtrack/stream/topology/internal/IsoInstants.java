package io.vidtrack.stream.topology.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants events carry ({@code 2026-11-25T10:15:30Z}, optionally with a fraction: what
 * {@link Instant#toString()} writes) without {@code DateTimeFormatter}, which took most of a snapshot's parsing
 * time. Anything else, such as a leap second or a year past 9999, goes to {@link Instant#parse}.
 */
final class IsoInstants {

	private static final int[] SCALE = { 0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1 };

	private IsoInstants() {
	}

	static Instant parse(String text) {
		int length = text.length();
		if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
				|| text.charAt(length - 1) != 'Z' || (length > 20 && text.charAt(19) != '.')) {
			return Instant.parse(text);
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		int fraction = (length > 20) ? digits(text, 20, length - 21) : 0;
		if ((year | month | day | hour | minute | second | fraction) < 0 || month < 1 || month > 12 || day < 1
				|| hour > 23 || minute > 59 || second > 59) {
			return Instant.parse(text);
		}
		// LocalDate.of refuses a day the month does not have, as Instant.parse does
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		int nanos = (length > 20) ? fraction * SCALE[length - 21] : 0;
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
	}

	/** The number written by {@code count} digits from {@code start}, or -1 where one is not a digit. */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			int digit = text.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

}
