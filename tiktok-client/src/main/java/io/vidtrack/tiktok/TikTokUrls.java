package io.vidtrack.tiktok;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Understands every URL form users paste (canonical, photo, mobile, share, embed and short links, with or
 * without scheme, www and tracking parameters) and rejects the rest with a message meant for the user.
 */
public final class TikTokUrls {

	private static final Pattern VIDEO_ID = Pattern.compile("\\d{15,20}");

	private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9._-]{1,30}");

	private TikTokUrls() {
	}

	/** Whether a handle is one TikTok could have: 1-30 letters, digits, '.', '_' or '-'. */
	public static boolean isValidHandle(String handle) {
		return HANDLE.matcher(handle).matches();
	}

	/** Whether a video id has the shape TikTok uses: 15-20 digits. */
	public static boolean isValidVideoId(String videoId) {
		return VIDEO_ID.matcher(videoId).matches();
	}

	/**
	 * Parses a pasted URL.
	 * @throws InvalidTikTokUrlException naming the problem, for the user to read
	 */
	public static TikTokUrl parse(@Nullable String raw) {
		String url = (raw != null) ? pick(raw.strip()) : "";
		if (url.isEmpty()) {
			throw new InvalidTikTokUrlException("empty URL");
		}
		if (url.length() > 2048) {
			throw new InvalidTikTokUrlException("URL is too long");
		}
		String rest = stripScheme(url);
		// Tracking parameters (_t, _r, is_from_webapp, lang...) and fragments never change the post.
		int end = indexOfAny(rest, "?#");
		rest = (end >= 0) ? rest.substring(0, end) : rest;
		int slash = rest.indexOf('/');
		String authority = (slash >= 0) ? rest.substring(0, slash) : rest;
		String path = (slash >= 0) ? rest.substring(slash) : "";
		return TikTokPaths.route(host(authority), segments(path));
	}

	/** A path (and query) served by the page host, such as a short link's redirect target on any base URL. */
	static TikTokUrl parsePath(String pathAndQuery) {
		return parse("https://www.tiktok.com" + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
	}

	// Share texts look like "Check out this video! https://vm.tiktok.com/ZMabc/ #fyp": take the URL out of them.
	private static String pick(String text) {
		if (text.chars().noneMatch(Character::isWhitespace)) {
			return text;
		}
		for (String token : text.split("\\s+")) {
			String lower = token.toLowerCase(Locale.ROOT);
			if (lower.contains("tiktok.com") || lower.contains("tiktokv.com")) {
				return token;
			}
		}
		throw new InvalidTikTokUrlException("not a TikTok URL: " + TikTokPaths.abbreviate(text));
	}

	private static String stripScheme(String url) {
		int colon = url.indexOf("://");
		if (colon >= 0) {
			String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw new InvalidTikTokUrlException("not a TikTok URL: scheme " + TikTokPaths.abbreviate(scheme));
			}
			return url.substring(colon + 3);
		}
		if (url.startsWith("//")) {
			return url.substring(2);
		}
		if (url.matches("(?i)[a-z][a-z0-9+.-]*:[^0-9].*")) {
			throw new InvalidTikTokUrlException("not a TikTok URL: " + TikTokPaths.abbreviate(url));
		}
		return url;
	}

	private static String host(String authority) {
		String host = authority.substring(authority.lastIndexOf('@') + 1);
		int port = host.indexOf(':');
		host = ((port >= 0) ? host.substring(0, port) : host).toLowerCase(Locale.ROOT);
		host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		if (host.isEmpty()) {
			throw new InvalidTikTokUrlException("not a TikTok URL: no host");
		}
		return host;
	}

	private static List<String> segments(String path) {
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (!segment.isEmpty()) {
				segments.add(segment);
			}
		}
		return segments;
	}

	private static int indexOfAny(String value, String chars) {
		for (int i = 0; i < value.length(); i++) {
			if (chars.indexOf(value.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
