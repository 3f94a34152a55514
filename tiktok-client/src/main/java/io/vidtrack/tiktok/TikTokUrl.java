package io.vidtrack.tiktok;

/** A URL a user pasted, understood: a post, a short link to resolve, or a profile. */
public sealed interface TikTokUrl {

	/** The canonical URL to store and show. */
	String canonical();

	/** A post; {@code handle} may be empty ({@code /@/video/ID} is valid on TikTok). */
	record PostUrl(String handle, String videoId, boolean photo) implements TikTokUrl {

		@Override
		public String canonical() {
			return "https://www.tiktok.com/@" + handle + (photo ? "/photo/" : "/video/") + videoId;
		}

	}

	/** vm.tiktok.com/CODE, vt.tiktok.com/CODE or tiktok.com/t/CODE: only a redirect tells the post. */
	record ShortLink(String host, String code) implements TikTokUrl {

		@Override
		public String canonical() {
			return host.equals("www.tiktok.com") ? "https://www.tiktok.com/t/" + code + "/"
					: "https://" + host + "/" + code + "/";
		}

	}

	record ProfileUrl(String handle) implements TikTokUrl {

		@Override
		public String canonical() {
			return "https://www.tiktok.com/@" + handle;
		}

	}

}
