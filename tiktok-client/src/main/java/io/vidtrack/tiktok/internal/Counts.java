package io.vidtrack.tiktok.internal;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Counts as TikTok writes them: exact strings in {@code statsV2}, ints (display-rounded past 10,000) or
 * strings in {@code stats}, and once in a while a negative int32 overflow, which is no count at all.
 */
final class Counts {

	private static final Pattern ABBREVIATED = Pattern.compile("([\\d.,]+)\\s*([KkMmBb])?");

	private Counts() {
	}

	/** The first usable value of {@code keys}, trying every key in {@code statsV2} before {@code stats}. */
	static @Nullable Long first(@Nullable JsonNode statsV2, @Nullable JsonNode stats, String... keys) {
		for (JsonNode source : new JsonNode[] { statsV2, stats }) {
			for (String key : keys) {
				Long value = (source != null) ? of(source.get(key)) : null;
				if (value != null) {
					return value;
				}
			}
		}
		return null;
	}

	/** A non-negative count, or null when absent, negative or unreadable. */
	static @Nullable Long of(@Nullable JsonNode value) {
		if (value == null) {
			return null;
		}
		if (value.isNumber()) {
			return value.canConvertToLong() ? nonNegative(value.asLong()) : null;
		}
		return value.isString() ? parse(value.asString()) : null;
	}

	static @Nullable Long parse(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			return nonNegative(Long.parseLong(trimmed));
		}
		catch (NumberFormatException ex) {
			return abbreviated(trimmed);
		}
	}

	// "20.7K", "1,2M", "1,234": the shapes of visible text, the last resort
	private static @Nullable Long abbreviated(String text) {
		Matcher matcher = ABBREVIATED.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		String digits = matcher.group(1);
		String suffix = matcher.group(2);
		digits = (suffix != null) ? digits.replace(',', '.') : digits.replace(",", "");
		try {
			BigDecimal number = new BigDecimal(digits);
			if (suffix != null) {
				number = number.movePointRight(switch (Character.toUpperCase(suffix.charAt(0))) {
					case 'K' -> 3;
					case 'M' -> 6;
					default -> 9;
				});
			}
			return nonNegative(number.longValue());
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	private static @Nullable Long nonNegative(long value) {
		return (value >= 0) ? value : null;
	}

}
