package io.vidtrack.tiktok.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Substring search straight on the response bytes, eight at a time: a word is a candidate only where both the
 * needle's first and last bytes line up (the SWAR form of the "generic SIMD" filter), and candidates are
 * confirmed with {@link Arrays#equals}. A 300 KB page is searched without decoding or copying it.
 */
final class ByteSearch {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGHS = 0x8080808080808080L;

	private final byte[] needle;

	private final long first;

	private final long last;

	ByteSearch(String needle) {
		this.needle = needle.getBytes(StandardCharsets.ISO_8859_1);
		if (this.needle.length == 0) {
			throw new IllegalArgumentException("empty needle");
		}
		this.first = ONES * (this.needle[0] & 0xff);
		this.last = ONES * (this.needle[this.needle.length - 1] & 0xff);
	}

	int length() {
		return needle.length;
	}

	/** The first index in {@code [from, to)} where the needle starts and ends inside the range, or -1. */
	int indexOf(byte[] haystack, int from, int to) {
		int length = needle.length;
		int end = Math.min(to, haystack.length);
		int i = Math.max(from, 0);
		// each step reads the words at i and i + length - 1: stop while both stay inside the range
		for (; i + length + 7 <= end; i += 8) {
			long candidates = zeroBytes((long) LONGS.get(haystack, i) ^ first)
					& zeroBytes((long) LONGS.get(haystack, i + length - 1) ^ last);
			while (candidates != 0) {
				int at = i + (Long.numberOfTrailingZeros(candidates) >>> 3);
				if (Arrays.equals(haystack, at, at + length, needle, 0, length)) {
					return at;
				}
				candidates &= candidates - 1;
			}
		}
		for (; i + length <= end; i++) {
			if (Arrays.equals(haystack, i, i + length, needle, 0, length)) {
				return i;
			}
		}
		return -1;
	}

	boolean isIn(byte[] haystack) {
		return indexOf(haystack, 0, haystack.length) >= 0;
	}

	// high bit set in every byte that is zero; a borrow may also flag the byte above a zero, which the
	// confirmation step rejects
	private static long zeroBytes(long word) {
		return (word - ONES) & ~word & HIGHS;
	}

}
