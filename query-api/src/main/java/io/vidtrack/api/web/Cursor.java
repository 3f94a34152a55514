package io.vidtrack.api.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque list cursors: the position after the last row shown (usually its id), base64url with a version tag so
 * that the form can change without breaking cursors that clients hold. Keyset positions, never offsets, so that
 * rows added while a client pages are neither repeated nor skipped.
 */
public final class Cursor {

	private static final String TAG = "v1:";

	private Cursor() {
	}

	public static String encode(String position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((TAG + position).getBytes(StandardCharsets.UTF_8));
	}

	public static String decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
			if (text.startsWith(TAG)) {
				return text.substring(TAG.length());
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the same answer as a cursor of the wrong form
		}
		throw ApiException.invalidQuery("cursor is not valid; pass meta.nextCursor of the previous page");
	}

}
