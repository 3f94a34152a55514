package io.vidtrack.api.creator;

import java.util.Locale;

import io.vidtrack.tiktok.InvalidTikTokUrlException;
import io.vidtrack.tiktok.TikTokUrl;
import io.vidtrack.tiktok.TikTokUrls;
import org.jspecify.annotations.Nullable;

/** Reads a handle as users paste it: {@code name}, {@code @name}, or the profile's URL. */
final class Handles {

	private Handles() {
	}

	/**
	 * The handle as stored (without {@code @}, case kept).
	 * @throws InvalidHandleException with a message meant for the user
	 */
	static String normalize(@Nullable String raw) {
		String text = (raw != null) ? raw.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidHandleException("handle is required");
		}
		if (text.contains("/") || text.toLowerCase(Locale.ROOT).contains("tiktok.com")) {
			return fromUrl(text);
		}
		String handle = text.startsWith("@") ? text.substring(1) : text;
		if (!TikTokUrls.isValidHandle(handle)) {
			throw new InvalidHandleException("invalid TikTok handle " + abbreviate(text)
					+ ": use 1-30 letters, digits, '.', '_' or '-'");
		}
		return handle;
	}

	private static String fromUrl(String text) {
		try {
			if (TikTokUrls.parse(text) instanceof TikTokUrl.ProfileUrl profile) {
				return profile.handle();
			}
		}
		catch (InvalidTikTokUrlException ex) {
			throw new InvalidHandleException(ex.getMessage());
		}
		// a post or a short link names a video; its creator is only known once TikTok is asked
		throw new InvalidHandleException("not a TikTok profile URL: use the creator's handle or profile URL");
	}

	private static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 37) + "...";
	}

	static final class InvalidHandleException extends IllegalArgumentException {

		InvalidHandleException(String message) {
			super(message, null);
		}

	}

}
