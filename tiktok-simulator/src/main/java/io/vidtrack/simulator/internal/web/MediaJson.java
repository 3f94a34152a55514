package io.vidtrack.simulator.internal.web;

/** The heavy parts of a video object: bitrate gears and subtitle / caption infos. */
final class MediaJson {

	private static final String[] GEARS = { "adapt_lowest_1080_1", "adapt_lowest_720_1", "adapt_540_1",
			"lower_540_0", "lowest_540_0", "adapt_lower_720_1", "normal_540_0", "normal_720_0" };

	private static final String[] HOSTS = { "v16-webapp-prime", "v19-webapp-prime", "www" };

	private static final String[] LANGUAGES = { "eng-US", "spa-ES", "por-PT", "fra-FR", "deu-DE", "ind-ID" };

	private MediaJson() {
	}

	static void bitrateInfo(JsonOut out, Tokens tokens, int gears, int bitrate, long expires, int urls) {
		out.array("bitrateInfo");
		for (int gear = 0; gear < gears; gear++) {
			int rate = Math.max(200_000, bitrate - gear * 90_000);
			out.beginObject()
				.field("Bitrate", rate)
				.field("QualityType", 10 + gear * 4)
				.field("GearName", GEARS[gear % GEARS.length])
				.object("PlayAddr")
				.field("DataSize", rate * 4L)
				.field("Uri", "v12044gd0000" + tokens.alnum(20))
				.array("UrlList");
			for (int url = 0; url < urls; url++) {
				out.value(Cdn.video(tokens, HOSTS[url], rate, expires));
			}
			out.endArray()
				.field("UrlKey", "v12044gd0000" + tokens.alnum(20) + "_h264_540p_" + rate)
				.field("FileHash", tokens.hex(32))
				.field("FileCs", "c:0-" + tokens.digits(5) + "-" + tokens.hex(4))
				.field("Width", 576)
				.field("Height", 1024)
				.endObject()
				.field("CodecType", (gear % 2 == 0) ? "h265_hvc1" : "h264")
				.field("MVMAF", mvmaf(tokens))
				.field("Format", "mp4")
				.field("HDR_Type", "")
				.field("HDR_Bit", "")
				.endObject();
		}
		out.endArray();
	}

	/** TikTok nests this JSON as a string, so the page carries escaped quotes. */
	private static String mvmaf(Tokens tokens) {
		StringBuilder scores = new StringBuilder("{\"v2.0\": {\"srv1\": {");
		String[] heights = { "1080", "960", "864", "720" };
		for (int i = 0; i < heights.length; i++) {
			scores.append((i > 0) ? ", " : "").append("\"v").append(heights[i]).append("\": ")
				.append(80 + tokens.below(20)).append('.').append(tokens.digits(3));
		}
		return scores.append("}}}").toString();
	}

	static void subtitles(JsonOut out, Tokens tokens, long expires) {
		int count = 2 + tokens.below(LANGUAGES.length - 1);
		out.array("subtitleInfos");
		for (int i = 0; i < count; i++) {
			out.beginObject()
				.field("LanguageID", Integer.toString(2 + i * 3))
				.field("LanguageCodeName", LANGUAGES[i])
				.field("Url", Cdn.subtitle(tokens, expires))
				.field("UrlExpire", expires)
				.field("Format", "webvtt")
				.field("Version", (i == 0) ? "1" : "4")
				.field("Source", (i == 0) ? "ASR" : "MT")
				.field("VideoSubtitleID", 0)
				.field("Size", 400 + tokens.below(2000))
				.endObject();
		}
		out.endArray().object("claInfo").field("hasOriginalAudio", true).field("enableAutoCaption", true)
			.array("captionInfos");
		for (int i = 0; i < Math.min(count, 2); i++) {
			out.beginObject()
				.field("language", LANGUAGES[i])
				.field("languageID", Integer.toString(2 + i * 3))
				.field("url", Cdn.subtitle(tokens, expires))
				.field("expire", Long.toString(expires))
				.field("captionFormat", "webvtt")
				.field("isAutoGen", true)
				.field("subID", tokens.digits(9))
				.field("subtitleType", "1")
				.field("translationType", "0")
				.field("isOriginalCaption", i == 0)
				.array("urlList").value(Cdn.subtitle(tokens, expires)).endArray()
				.endObject();
		}
		out.endArray().field("noCaptionReason", 0).endObject();
	}

}
