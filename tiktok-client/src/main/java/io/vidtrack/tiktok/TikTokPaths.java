package io.vidtrack.tiktok;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Routes a TikTok URL's host and path segments to the post, profile or short link they name. */
final class TikTokPaths {

	private static final Pattern SHORT_CODE = Pattern.compile("[A-Za-z0-9_-]{3,40}");

	private static final Set<String> PAGE_HOSTS = Set.of("tiktok.com", "www.tiktok.com", "m.tiktok.com",
			"tiktokv.com", "www.tiktokv.com");

	private static final Set<String> SHORT_HOSTS = Set.of("vm.tiktok.com", "vt.tiktok.com");

	private TikTokPaths() {
	}

	static TikTokUrl route(String host, List<String> segments) {
		if (SHORT_HOSTS.contains(host)) {
			return shortLink(host, segments.isEmpty() ? null : segments.get(0));
		}
		if (!PAGE_HOSTS.contains(host)) {
			throw new InvalidTikTokUrlException("not a TikTok URL: host " + abbreviate(host));
		}
		if (segments.isEmpty()) {
			throw new InvalidTikTokUrlException("TikTok URL has no video id");
		}
		String first = segments.get(0);
		if (first.startsWith("@")) {
			return underHandle(first.substring(1), segments);
		}
		return switch (first.toLowerCase(Locale.ROOT)) {
			case "v" -> post("", stripSuffix(at(segments, 1), ".html"), false);
			case "share" -> share(segments);
			case "embed" -> embed(segments);
			case "t" -> shortLink("www.tiktok.com", at(segments, 1));
			case "live" -> throw live();
			default -> throw new InvalidTikTokUrlException("TikTok URL has no video id: /" + abbreviate(first));
		};
	}

	private static TikTokUrl underHandle(String handle, List<String> segments) {
		String kind = at(segments, 1);
		if (kind == null) {
			return profile(handle);
		}
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "video" -> post(handle, at(segments, 2), false);
			case "photo" -> post(handle, at(segments, 2), true);
			case "live" -> throw live();
			// sub-pages of a profile: /posts, /reposts, /likes, /playlist/...
			default -> profile(handle);
		};
	}

	private static TikTokUrl share(List<String> segments) {
		String kind = String.valueOf(at(segments, 1)).toLowerCase(Locale.ROOT);
		return switch (kind) {
			case "video" -> post("", at(segments, 2), false);
			case "photo" -> post("", at(segments, 2), true);
			case "live" -> throw live();
			default -> throw new InvalidTikTokUrlException("TikTok URL has no video id");
		};
	}

	private static TikTokUrl embed(List<String> segments) {
		String next = at(segments, 1);
		if (next != null && next.startsWith("@")) {
			return profile(next.substring(1));
		}
		return post("", "v2".equalsIgnoreCase(next) ? at(segments, 2) : next, false);
	}

	private static TikTokUrl.PostUrl post(String handle, @Nullable String videoId, boolean photo) {
		if (videoId == null) {
			throw new InvalidTikTokUrlException("TikTok URL has no video id");
		}
		if (!TikTokUrls.isValidVideoId(videoId)) {
			throw new InvalidTikTokUrlException("video id must be 15-20 digits: " + abbreviate(videoId));
		}
		if (!handle.isEmpty() && !TikTokUrls.isValidHandle(handle)) {
			throw invalidHandle(handle);
		}
		return new TikTokUrl.PostUrl(handle, videoId, photo);
	}

	private static TikTokUrl.ProfileUrl profile(String handle) {
		if (handle.isEmpty()) {
			throw new InvalidTikTokUrlException("TikTok URL has no handle after @");
		}
		if (!TikTokUrls.isValidHandle(handle)) {
			throw invalidHandle(handle);
		}
		return new TikTokUrl.ProfileUrl(handle);
	}

	private static TikTokUrl.ShortLink shortLink(String host, @Nullable String code) {
		if (code == null) {
			throw new InvalidTikTokUrlException("short link has no code");
		}
		if (!SHORT_CODE.matcher(code).matches()) {
			throw new InvalidTikTokUrlException("short link code is not valid: " + abbreviate(code));
		}
		return new TikTokUrl.ShortLink(host, code);
	}

	private static InvalidTikTokUrlException invalidHandle(String handle) {
		return new InvalidTikTokUrlException("invalid TikTok handle " + abbreviate(handle)
				+ ": use 1-30 letters, digits, '.', '_' or '-'");
	}

	private static InvalidTikTokUrlException live() {
		return new InvalidTikTokUrlException("live streams cannot be tracked");
	}

	private static @Nullable String at(List<String> segments, int index) {
		return (index < segments.size()) ? segments.get(index) : null;
	}

	private static @Nullable String stripSuffix(@Nullable String value, String suffix) {
		return (value != null && value.endsWith(suffix)) ? value.substring(0, value.length() - suffix.length())
				: value;
	}

	static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 37) + "...";
	}

}
