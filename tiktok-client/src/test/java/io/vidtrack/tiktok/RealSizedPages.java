package io.vidtrack.tiktok;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A desktop video page of real size and layout (measured on 2025-2026 captures): ~40 KB of head before the
 * rehydration script, then app-context ~25 KB, biz-context ~45 KB, i18n ~170 KB, and the video detail
 * (~30 KB) last, which is the worst case for a parser that stops early. ~300 KB in all.
 */
final class RealSizedPages {

	static final String VIDEO_ID = "7421688026996585528";

	private RealSizedPages() {
	}

	static byte[] videoPage() {
		SplittableRandom random = new SplittableRandom(42);
		StringBuilder html = new StringBuilder(320_000);
		html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>TikTok - Make Your Day</title>\n");
		while (html.length() < 40_000) {
			html.append("<link rel=\"preload\" as=\"script\" href=\"https://sf16-website-login.neutral.ttwstatic.com/obj/")
				.append(word(random, 24)).append(".js\" crossorigin=\"anonymous\">\n<style>.css-")
				.append(word(random, 8)).append("{display:flex;margin:0 ").append(random.nextInt(40)).append("px}</style>\n");
		}
		html.append("</head><body><div id=\"app\"></div>\n");
		html.append("<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">{\"__DEFAULT_SCOPE__\":{");
		html.append("\"webapp.app-context\":").append(filler(random, 25_000)).append(',');
		html.append("\"webapp.biz-context\":").append(filler(random, 45_000)).append(',');
		html.append("\"webapp.i18n-translation\":{\"lang\":\"en\",\"content\":").append(filler(random, 170_000)).append("},");
		html.append("\"seo.abtest\":{\"canonical\":\"https:\\u002F\\u002Fwww.tiktok.com\\u002F@demo.creator\\u002Fvideo\\u002F")
			.append(VIDEO_ID).append("\",\"pageId\":\"").append(VIDEO_ID).append("\",\"vidList\":[]},");
		html.append("\"webapp.video-detail\":").append(videoDetail(random)).append("}}</script>\n");
		while (html.length() < 305_000) {
			html.append("<script nonce=\"").append(word(random, 12)).append("\">window.__x_").append(word(random, 6))
				.append("=").append(random.nextInt(1_000_000)).append(";</script>\n");
		}
		html.append("</body></html>");
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String videoDetail(SplittableRandom random) {
		StringBuilder bitrates = new StringBuilder("[");
		for (int i = 0; i < 8; i++) {
			bitrates.append((i > 0) ? "," : "").append("{\"GearName\":\"normal_").append(540 + i).append("_0\",\"Bitrate\":")
				.append(600_000 + i).append(",\"QualityType\":").append(i).append(",\"CodecType\":\"h264\",\"PlayAddr\":{\"Uri\":\"v0f0")
				.append(word(random, 20)).append("\",\"UrlList\":[").append(url(random)).append(',').append(url(random))
				.append(',').append(url(random)).append("],\"DataSize\":").append(random.nextInt(9_000_000))
				.append(",\"Width\":576,\"Height\":1024,\"FileHash\":\"").append(word(random, 32)).append("\"}}");
		}
		bitrates.append(']');
		String item = "{\"id\":\"" + VIDEO_ID + "\",\"desc\":\"cheap pasta night #food #recipe\",\"createTime\":\"1727996417\","
				+ "\"author\":{\"id\":\"6977002577731210724\",\"uniqueId\":\"demo.creator\",\"nickname\":\"Demo Creator\","
				+ "\"secUid\":\"MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM\",\"avatarThumb\":" + url(random) + "},"
				+ "\"stats\":{\"playCount\":412300,\"diggCount\":12300,\"commentCount\":456,\"shareCount\":1873,\"collectCount\":\"2291\"},"
				+ "\"statsV2\":{\"playCount\":\"412318\",\"diggCount\":\"12341\",\"commentCount\":\"456\",\"shareCount\":\"1873\",\"collectCount\":\"2291\",\"repostCount\":\"0\"},"
				+ "\"video\":{\"id\":\"" + VIDEO_ID + "\",\"duration\":27,\"cover\":" + url(random) + ",\"originCover\":" + url(random)
				+ ",\"playAddr\":" + url(random) + ",\"downloadAddr\":" + url(random) + ",\"bitrateInfo\":" + bitrates
				+ ",\"subtitleInfos\":" + filler(random, 4_000) + "},\"music\":" + filler(random, 3_000)
				+ ",\"contents\":" + filler(random, 6_000) + ",\"locationCreated\":\"US\",\"isAd\":false}";
		return "{\"statusCode\":0,\"statusMsg\":\"\",\"shareMeta\":{\"title\":\"Demo\",\"desc\":\"pasta\"},"
				+ "\"itemInfo\":{\"itemStruct\":" + item + "}}";
	}

	// nested objects of short translated strings and CDN URLs, roughly as the real scopes are made
	private static String filler(SplittableRandom random, int size) {
		StringBuilder json = new StringBuilder(size + 200).append('{');
		int group = 0;
		while (json.length() < size) {
			json.append((group++ > 0) ? "," : "").append('"').append(word(random, 10)).append("\":{");
			for (int i = 0; i < 12; i++) {
				json.append((i > 0) ? "," : "").append('"').append(word(random, 8 + random.nextInt(16))).append("\":");
				switch (random.nextInt(4)) {
					case 0 -> json.append(url(random));
					case 1 -> json.append(random.nextInt(100_000));
					case 2 -> json.append("[\"").append(word(random, 6)).append("\",true,null]");
					default -> json.append('"').append(sentence(random)).append('"');
				}
			}
			json.append('}');
		}
		return json.append('}').toString();
	}

	private static String url(SplittableRandom random) {
		return "\"https:\\u002F\\u002Fp16-sign-va.tiktokcdn.com\\u002Ftos-maliva-p-0068\\u002F" + word(random, 32)
				+ "~tplv-tiktokx-origin.image?x-expires=1728169200&x-signature=" + word(random, 28) + "%3D\"";
	}

	private static String sentence(SplittableRandom random) {
		StringBuilder text = new StringBuilder();
		int words = 3 + random.nextInt(12);
		for (int i = 0; i < words; i++) {
			text.append((i > 0) ? " " : "").append(word(random, 2 + random.nextInt(9)));
		}
		return text.append(random.nextInt(10) == 0 ? " \\u003Cb\\u003E{{count}}\\u003C\\u002Fb\\u003E" : "").toString();
	}

	private static String word(SplittableRandom random, int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = (char) ('a' + random.nextInt(26));
		}
		return new String(chars);
	}

}
