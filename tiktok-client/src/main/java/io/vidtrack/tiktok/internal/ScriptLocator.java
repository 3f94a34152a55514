package io.vidtrack.tiktok.internal;

import org.jspecify.annotations.Nullable;

/**
 * Finds {@code <script id="ID" ...>JSON</script>} by searching the page bytes. A full jsoup DOM of a 300 KB page
 * costs more than everything else together, and a search is exact for the tags TikTok writes. Anything unusual
 * (a {@code >} inside an earlier attribute, say) makes it give up, and {@link PageJson} asks jsoup instead.
 * The JSON's end is not searched for: the parsers stop at the end of the JSON value, so the slice runs to the
 * end of the page and a page cut short reads as malformed JSON.
 */
final class ScriptLocator {

	// how far back from the id the tag may start: a few attributes, never a whole element
	private static final int MAX_TAG_PREFIX = 1024;

	private ScriptLocator() {
	}

	static @Nullable JsonSlice find(byte[] html, ByteSearch id) {
		int from = 0;
		int at;
		while ((at = id.indexOf(html, from, html.length)) >= 0) {
			from = at + id.length();
			int valueEnd = idAttributeEnd(html, at, id.length());
			if (valueEnd < 0 || !insideScriptTag(html, at)) {
				continue;
			}
			int contentStart = tagEnd(html, valueEnd);
			if (contentStart >= 0) {
				return new JsonSlice(html, contentStart, html.length - contentStart);
			}
		}
		return null;
	}

	/** The index after the attribute value when {@code id} is the value of an {@code id} attribute, else -1. */
	private static int idAttributeEnd(byte[] html, int at, int length) {
		int i = at - 1;
		byte quote = (i >= 0 && (html[i] == '"' || html[i] == '\'')) ? html[i--] : 0;
		while (i >= 0 && isWhitespace(html[i])) {
			i--;
		}
		if (i < 0 || html[i--] != '=') {
			return -1;
		}
		while (i >= 0 && isWhitespace(html[i])) {
			i--;
		}
		if (i < 2 || (html[i] | 0x20) != 'd' || (html[i - 1] | 0x20) != 'i' || !isWhitespace(html[i - 2])) {
			return -1;
		}
		int end = at + length;
		if (end >= html.length) {
			return -1;
		}
		if (quote != 0) {
			return (html[end] == quote) ? end + 1 : -1;
		}
		return (isWhitespace(html[end]) || html[end] == '>') ? end : -1;
	}

	private static boolean insideScriptTag(byte[] html, int at) {
		for (int i = at - 1; i >= Math.max(0, at - MAX_TAG_PREFIX); i--) {
			if (html[i] == '>') {
				return false;
			}
			if (html[i] == '<') {
				return isScriptName(html, i + 1) && i + 7 < html.length && isWhitespace(html[i + 7]);
			}
		}
		return false;
	}

	private static int tagEnd(byte[] html, int from) {
		byte quote = 0;
		for (int i = from; i < html.length; i++) {
			byte b = html[i];
			if (quote != 0) {
				quote = (b == quote) ? 0 : quote;
			}
			else if (b == '"' || b == '\'') {
				quote = b;
			}
			else if (b == '>') {
				return i + 1;
			}
		}
		return -1;
	}

	private static boolean isScriptName(byte[] html, int at) {
		if (at + 6 > html.length) {
			return false;
		}
		String name = "script";
		for (int j = 0; j < 6; j++) {
			if ((html[at + j] | 0x20) != name.charAt(j)) {
				return false;
			}
		}
		return true;
	}

	static boolean isWhitespace(byte b) {
		return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f';
	}

}
