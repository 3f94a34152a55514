package io.vidtrack.simulator.internal;

import org.jspecify.annotations.Nullable;

/**
 * TikTok's id layout: {@code (uploadEpochSecond << 32) | low32}. Our low 32 bits are the creator index and
 * the post number (16 bits each) run through a seeded bijection, so ids look random yet decode without
 * any map. Short-link codes carry the same 32 bits.
 */
public final class PostIds {

	private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final int CODE_DIGITS = 6;

	private final int xor;

	private final int mul1;

	private final int mul2;

	private final int inv1;

	private final int inv2;

	/** Which creator's which post (k counts from 0, the creator's first post). */
	public record Ref(int creator, int k) {
	}

	/** A decoded id: the post it names and the upload second it claims. */
	public record Slot(Ref ref, long uploadEpochSecond) {
	}

	public PostIds(long seed) {
		this.xor = (int) Mix.hash(seed, 11, 0);
		this.mul1 = (int) Mix.hash(seed, 12, 0) | 1;
		this.mul2 = (int) Mix.hash(seed, 13, 0) | 1;
		this.inv1 = inverse(this.mul1);
		this.inv2 = inverse(this.mul2);
	}

	public String id(long uploadEpochSecond, int creator, int k) {
		long low = scramble((creator << 16) | k) & 0xFFFFFFFFL;
		return Long.toString((uploadEpochSecond << 32) | low);
	}

	/** The slot an id names, or null when it is not a number of our shape. */
	public @Nullable Slot decode(String id) {
		if (id.isEmpty() || id.length() > 19 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		long value;
		try {
			value = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		int plain = unscramble((int) value);
		return new Slot(new Ref(plain >>> 16, plain & 0xFFFF), value >>> 32);
	}

	/** "ZM" + six base-62 digits of the low 32 bits + a check digit, like vm.tiktok.com's codes. */
	public String shortCode(int creator, int k) {
		long low = scramble((creator << 16) | k) & 0xFFFFFFFFL;
		StringBuilder code = new StringBuilder("ZM");
		long rest = low;
		char[] digits = new char[CODE_DIGITS];
		for (int i = CODE_DIGITS - 1; i >= 0; i--) {
			digits[i] = BASE62.charAt((int) (rest % 62));
			rest /= 62;
		}
		return code.append(digits).append(BASE62.charAt(check(low))).toString();
	}

	/** The (creator, k) a short code names, or null when it is malformed. */
	public @Nullable Ref decodeShortCode(String code) {
		if (code.length() != CODE_DIGITS + 3 || !code.startsWith("ZM")) {
			return null;
		}
		long low = 0;
		for (int i = 2; i < 2 + CODE_DIGITS; i++) {
			int digit = BASE62.indexOf(code.charAt(i));
			if (digit < 0) {
				return null;
			}
			low = low * 62 + digit;
		}
		if (low > 0xFFFFFFFFL || BASE62.charAt(check(low)) != code.charAt(code.length() - 1)) {
			return null;
		}
		int plain = unscramble((int) low);
		return new Ref(plain >>> 16, plain & 0xFFFF);
	}

	private static int check(long low) {
		return (int) ((Mix.mix(low) >>> 1) % 62);
	}

	private int scramble(int x) {
		x = (x ^ this.xor) * this.mul1;
		x ^= x >>> 16;
		x *= this.mul2;
		return x ^ (x >>> 16);
	}

	private int unscramble(int x) {
		x ^= x >>> 16;
		x *= this.inv2;
		x ^= x >>> 16;
		return (x * this.inv1) ^ this.xor;
	}

	/** The multiplicative inverse of an odd number modulo 2^32 (Newton's iteration doubles the bits). */
	private static int inverse(int odd) {
		int x = odd;
		for (int i = 0; i < 5; i++) {
			x *= 2 - odd * x;
		}
		return x;
	}

}
