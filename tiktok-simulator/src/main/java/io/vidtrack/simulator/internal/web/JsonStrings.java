package io.vidtrack.simulator.internal.web;

/**
 * JSON string encoding straight into UTF-8 bytes. In {@code htmlSafe} mode it escapes the way TikTok's
 * rehydration script does: slash, less-than and greater-than become backslash-u escapes (u002F, u003C,
 * u003E), so the JSON can sit in a script tag and parsers meet the escapes they meet on TikTok.
 */
final class JsonStrings {

	private static final byte[] HEX = "0123456789ABCDEF".getBytes();

	/** For each ASCII char: must it be escaped in plain JSON, and in html-safe JSON? */
	private static final boolean[] PLAIN_ESCAPE = new boolean[128];

	private static final boolean[] HTML_ESCAPE = new boolean[128];

	static {
		for (int c = 0; c < 0x20; c++) {
			PLAIN_ESCAPE[c] = true;
			HTML_ESCAPE[c] = true;
		}
		for (char c : new char[] { '"', '\\' }) {
			PLAIN_ESCAPE[c] = true;
			HTML_ESCAPE[c] = true;
		}
		for (char c : new char[] { '/', '<', '>' }) {
			HTML_ESCAPE[c] = true;
		}
	}

	private JsonStrings() {
	}

	/**
	 * Writes the first {@code length} chars of {@code s} quoted at {@code b[n]}; the caller guarantees room
	 * for 6 bytes per char + 2. Returns the new end. This is where a page render spends most of its time,
	 * so runs of plain ASCII are found first and copied in a loop the JIT can vectorize.
	 */
	static int write(byte[] b, int n, char[] s, int length, boolean htmlSafe) {
		boolean[] escaped = htmlSafe ? HTML_ESCAPE : PLAIN_ESCAPE;
		b[n++] = '"';
		int i = 0;
		while (i < length) {
			int run = i;
			while (run < length && s[run] < 0x80 && !escaped[s[run]]) {
				run++;
			}
			for (int j = i; j < run; j++) {
				b[n + j - i] = (byte) s[j];
			}
			n += run - i;
			if (run == length) {
				break;
			}
			boolean pair = isPair(s, run, length);
			n = special(b, n, s, run, pair);
			i = run + (pair ? 2 : 1);
		}
		b[n++] = '"';
		return n;
	}

	private static boolean isPair(char[] s, int i, int length) {
		return Character.isHighSurrogate(s[i]) && i + 1 < length && Character.isLowSurrogate(s[i + 1]);
	}

	/** Writes the char at {@code i} that needs care (an escape or a multi-byte UTF-8 sequence). */
	private static int special(byte[] b, int n, char[] s, int i, boolean pair) {
		char c = s[i];
		if (c < 0x80) {
			return escape(b, n, c);
		}
		if (c < 0x800) {
			b[n++] = (byte) (0xC0 | (c >> 6));
			b[n++] = (byte) (0x80 | (c & 0x3F));
		}
		else if (pair) {
			int cp = Character.toCodePoint(c, s[i + 1]);
			b[n++] = (byte) (0xF0 | (cp >> 18));
			b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
			b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
			b[n++] = (byte) (0x80 | (cp & 0x3F));
		}
		else {
			b[n++] = (byte) (0xE0 | (c >> 12));
			b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
			b[n++] = (byte) (0x80 | (c & 0x3F));
		}
		return n;
	}

	private static int escape(byte[] b, int n, char c) {
		b[n++] = '\\';
		switch (c) {
			case '"' -> b[n++] = '"';
			case '\\' -> b[n++] = '\\';
			case '\n' -> b[n++] = 'n';
			case '\r' -> b[n++] = 'r';
			case '\t' -> b[n++] = 't';
			default -> {
				b[n++] = 'u';
				b[n++] = '0';
				b[n++] = '0';
				b[n++] = HEX[c >> 4];
				b[n++] = HEX[c & 0xF];
			}
		}
		return n;
	}

}
