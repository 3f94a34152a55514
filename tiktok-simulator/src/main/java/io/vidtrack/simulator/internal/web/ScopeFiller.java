package io.vidtrack.simulator.internal.web;

/**
 * The scopes we never read but real pages carry: app-context (A/B parameters), biz-context (navigation,
 * links, domains) and i18n-translation (UI strings). Built once to a target size with the real kind of
 * content (nesting, escapes, numbers), so a parser pays for them what it pays on TikTok.
 */
final class ScopeFiller {

	private static final String[] WORDS = { "video", "creator", "share", "comment", "follow", "profile", "upload",
			"live", "gift", "coins", "privacy", "settings", "account", "report", "download", "playlist", "sound",
			"effect", "duet", "stitch", "inbox", "message", "friends", "explore", "search", "trending", "policy",
			"community", "guidelines", "safety", "feedback", "language", "region", "device", "session" };

	private ScopeFiller() {
	}

	static byte[] appContext(int targetBytes) {
		Tokens tokens = new Tokens(0xA11);
		JsonOut out = new JsonOut(targetBytes + 1024, true);
		out.beginObject().field("language", "en").field("region", "US").field("appId", 1233).field("appType", "m")
			.field("wid", "74" + tokens.digits(17)).field("webIdCreatedTime", "1727996417")
			.field("odinId", "74" + tokens.digits(17)).field("nonce", tokens.b64(22)).field("botType", "others")
			.field("requestId", "20241003230012" + tokens.upperHex(18)).field("clusterRegion", "US")
			.field("userAgent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36")
			.field("host", "www.tiktok.com").field("csrfToken", "").field("encryptedWebid", "")
			.object("abTestVersion").field("versionName", tokens.digits(8) + "," + tokens.digits(8))
			.object("parameters");
		for (int i = 0; out.size() < targetBytes - 200; i++) {
			String key = WORDS[i % WORDS.length] + "_" + WORDS[(i * 7 + 3) % WORDS.length] + "_" + i;
			out.object(key).field("vid", "v" + tokens.digits(8));
			if (i % 3 == 0) {
				out.field("enabled", i % 2 == 0).field("ratio", tokens.below(100) / 100.0);
			}
			out.endObject();
		}
		return out.endObject().endObject().field("abTestApp", "").endObject().toBytes();
	}

	static byte[] bizContext(int targetBytes) {
		Tokens tokens = new Tokens(0xB12);
		JsonOut out = new JsonOut(targetBytes + 1024, true);
		out.beginObject().field("os", "linux").field("isMobile", false).field("isAndroid", false)
			.field("isIOS", false).field("jumpType", "").object("config").object("domains")
			.field("kind", "https://www.tiktok.com").field("captcha", "https://verification.tiktokw.us")
			.field("imApi", "https://im-api.tiktok.com").field("webcastApi", "https://webcast.tiktok.com")
			.field("tiktokPayment", "https://www.tiktok.com/payment").endObject()
			.object("desktopAppDownloadLink").field("mac", "https://sf16-website-login.neutral.ttwstatic.com/obj/tiktok_web_login_static/TikTok.dmg")
			.field("win", "https://sf16-website-login.neutral.ttwstatic.com/obj/tiktok_web_login_static/TikTok.exe")
			.endObject().endObject().array("navList");
		for (int i = 0; out.size() < targetBytes - 200; i++) {
			String title = WORDS[i % WORDS.length];
			out.beginObject().field("title", title).field("key", "nav_" + i).array("children");
			for (int j = 0; j < 4; j++) {
				String child = WORDS[(i + j * 5) % WORDS.length];
				out.beginObject().field("title", capitalized(child) + " " + WORDS[(i * 3 + j) % WORDS.length])
					.field("href", "https://www.tiktok.com/" + title + "/" + child + "?lang=en&id=" + tokens.digits(6))
					.field("external", j == 3).endObject();
			}
			out.endArray().endObject();
		}
		return out.endArray().endObject().toBytes();
	}

	static byte[] i18nTranslation(int targetBytes) {
		Tokens tokens = new Tokens(0x118);
		JsonOut out = new JsonOut(targetBytes + 1024, true);
		out.beginObject().field("lang", "en").object("translations");
		for (int i = 0; out.size() < targetBytes - 200; i++) {
			out.field(tokens.alnum(6) + "_" + WORDS[i % WORDS.length], sentence(tokens, i));
		}
		return out.endObject().field("version", "1.0." + tokens.digits(4)).endObject().toBytes();
	}

	/** UI strings with the odd slash, tag, placeholder and quote that real translations carry. */
	private static String sentence(Tokens tokens, int i) {
		StringBuilder text = new StringBuilder(capitalized(WORDS[tokens.below(WORDS.length)]));
		int words = 2 + tokens.below(12);
		for (int w = 0; w < words; w++) {
			text.append(' ').append(WORDS[tokens.below(WORDS.length)]);
		}
		switch (i % 7) {
			case 0 -> text.append(" {{count}}");
			case 1 -> text.append(" / ").append(WORDS[i % WORDS.length]);
			case 2 -> text.append("<br>\"").append(WORDS[(i + 1) % WORDS.length]).append('"');
			case 3 -> text.append(" (%s)");
			default -> text.append('.');
		}
		return text.toString();
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
