package io.vidtrack.simulator.internal.web;

import io.vidtrack.simulator.internal.Mix;

/** A small deterministic stream of random-looking tokens (CDN paths, signatures), seeded per use. */
final class Tokens {

	private static final String ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final String HEX = "0123456789abcdef";

	private static final String UPPER_HEX = "0123456789ABCDEF";

	private static final String B64 = ALNUM + "-_";

	private long state;

	Tokens(long seed) {
		this.state = seed;
	}

	static Tokens of(long seed, long a, long b) {
		return new Tokens(Mix.hash(seed, 71, a, b));
	}

	long next() {
		this.state += 0x9E3779B97F4A7C15L;
		return Mix.mix(this.state);
	}

	int below(int bound) {
		return Mix.below(next(), bound);
	}

	String alnum(int length) {
		return chars(ALNUM, length);
	}

	String hex(int length) {
		return chars(HEX, length);
	}

	String upperHex(int length) {
		return chars(UPPER_HEX, length);
	}

	String b64(int length) {
		return chars(B64, length);
	}

	String digits(int length) {
		return chars("0123456789", length);
	}

	private String chars(String alphabet, int length) {
		char[] out = new char[length];
		long bits = 0;
		int left = 0;
		for (int i = 0; i < length; i++) {
			if (left == 0) {
				bits = next();
				left = 8;
			}
			out[i] = alphabet.charAt((int) ((bits & 0xFF) % alphabet.length()));
			bits >>>= 8;
			left--;
		}
		return new String(out);
	}

}
