package io.vidtrack.tiktok.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Substring search straight on the response bytes, 32 at a time: only the needle's rarest byte (the anchor) is
 * looked for, eight bytes a word with SWAR arithmetic, and a word holding it is confirmed by a second rare byte
 * and then {@link Arrays#equals}. A 300 KB page is searched without decoding or copying it.
 * <p>
 * Why the rarest byte: a scope key such as {@code "webapp.video-detail":} starts and ends with the bytes every JSON
 * key starts and ends with, so filtering on its first and last bytes (the first version) tested both at every
 * word and still confirmed hundreds of candidates a page; its {@code -} occurs ~150 times in a 256 KB page.
 * Searching for it alone took the search from ~110 to ~45 µs a page here.
 */
final class ByteSearch {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGHS = 0x8080808080808080L;

	// bytes of a desktop video page from the most frequent to the least (counted on a real-sized page: letters,
	// JSON punctuation and \u002F escapes first); any byte not listed counts as rarer than all of them
	private static final String BY_FREQUENCY = "e\" itonsalrcduf0g:p,vmy_2h\\wFbx.k3{}1456879=CSEPD?&LRG()IMA%TUVQNOZzHjKYXBJqW-/<>[];";

	private final byte[] needle;

	private final int anchor;

	private final long anchorWord;

	private final int check;

	ByteSearch(String needle) {
		this.needle = needle.getBytes(StandardCharsets.ISO_8859_1);
		if (this.needle.length == 0) {
			throw new IllegalArgumentException("empty needle");
		}
		this.anchor = rarest(this.needle, -1);
		this.anchorWord = ONES * (this.needle[this.anchor] & 0xff);
		this.check = (this.needle.length > 1) ? rarest(this.needle, this.anchor) : this.anchor;
	}

	int length() {
		return needle.length;
	}

	/** The first index in {@code [from, to)} where the needle starts and ends inside the range, or -1. */
	int indexOf(byte[] haystack, int from, int to) {
		int start = Math.max(from, 0);
		int last = Math.min(to, haystack.length) - needle.length;
		if (last < start) {
			return -1;
		}
		// i is where the anchor byte of a match starting at i - anchor would be: start + anchor to last + anchor
		int i = start + anchor;
		int end = last + anchor + 1;
		for (; i + 32 <= end; i += 32) {
			long w0 = zeroBytes((long) LONGS.get(haystack, i) ^ anchorWord);
			long w1 = zeroBytes((long) LONGS.get(haystack, i + 8) ^ anchorWord);
			long w2 = zeroBytes((long) LONGS.get(haystack, i + 16) ^ anchorWord);
			long w3 = zeroBytes((long) LONGS.get(haystack, i + 24) ^ anchorWord);
			if ((w0 | w1 | w2 | w3) != 0) {
				int found = confirm(haystack, i, w0);
				found = (found >= 0) ? found : confirm(haystack, i + 8, w1);
				found = (found >= 0) ? found : confirm(haystack, i + 16, w2);
				found = (found >= 0) ? found : confirm(haystack, i + 24, w3);
				if (found >= 0) {
					return found;
				}
			}
		}
		for (; i + 8 <= end; i += 8) {
			int found = confirm(haystack, i, zeroBytes((long) LONGS.get(haystack, i) ^ anchorWord));
			if (found >= 0) {
				return found;
			}
		}
		for (int at = i - anchor; at <= last; at++) {
			if (matchesAt(haystack, at)) {
				return at;
			}
		}
		return -1;
	}

	boolean isIn(byte[] haystack) {
		return indexOf(haystack, 0, haystack.length) >= 0;
	}

	// the word at i had its candidate anchor bytes flagged; each is the anchor of a match starting anchor earlier
	private int confirm(byte[] haystack, int i, long candidates) {
		for (long left = candidates; left != 0; left &= left - 1) {
			int at = i + (Long.numberOfTrailingZeros(left) >>> 3) - anchor;
			if (matchesAt(haystack, at)) {
				return at;
			}
		}
		return -1;
	}

	private boolean matchesAt(byte[] haystack, int at) {
		return haystack[at + check] == needle[check]
				&& Arrays.equals(haystack, at, at + needle.length, needle, 0, needle.length);
	}

	// high bit set in every byte that is zero; a borrow may also flag the byte above a zero, which the
	// confirmation step rejects
	private static long zeroBytes(long word) {
		return (word - ONES) & ~word & HIGHS;
	}

	private static int rarest(byte[] bytes, int except) {
		int rarest = -1;
		for (int i = 0; i < bytes.length; i++) {
			if (i != except && (rarest < 0 || rank(bytes[i]) > rank(bytes[rarest]))) {
				rarest = i;
			}
		}
		return rarest;
	}

	private static int rank(byte b) {
		int index = BY_FREQUENCY.indexOf(b & 0xff);
		return (index < 0) ? BY_FREQUENCY.length() : index;
	}

}
