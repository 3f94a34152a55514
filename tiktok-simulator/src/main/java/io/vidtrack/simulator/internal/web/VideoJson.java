package io.vidtrack.simulator.internal.web;

/**
 * An item's {@code video} object. The page form carries every bitrate gear with three signed URLs each,
 * subtitles, caption infos and zoom covers, which is why a real video-detail weighs ~30 KB; the listing
 * form keeps one gear and the main URLs. Photo posts keep a cover and {@code duration} 0.
 */
final class VideoJson {

	private static final String[] ZOOMS = { "240", "480", "720", "960" };

	private VideoJson() {
	}

	static void write(JsonOut out, ItemView item, boolean page) {
		Tokens tokens = item.tokens(1);
		long expires = item.expires();
		boolean photo = item.post().photo();
		int duration = photo ? 0 : 6 + tokens.below(170);
		int bitrate = 600_000 + tokens.below(1_400_000);
		out.object("video")
			.field("id", photo ? "" : item.post().id())
			.field("height", photo ? 1440 : 1024)
			.field("width", photo ? 1080 : 576)
			.field("duration", duration)
			.field("ratio", "540p")
			.field("cover", Cdn.cover(tokens, expires));
		if (page) {
			out.field("originCover", Cdn.cover(tokens, expires)).field("dynamicCover",
					photo ? "" : Cdn.image(tokens, "p16-sign", "tplv-tiktokx-dmt-logom:tos-useast5-i-0068-tx", expires));
		}
		out.field("playAddr", photo ? "" : Cdn.video(tokens, "v16-webapp-prime", bitrate, expires));
		if (page) {
			out.field("downloadAddr", photo ? "" : Cdn.video(tokens, "v16-webapp-prime", bitrate, expires))
				.array("shareCover").value("").endArray()
				.field("reflowCover", Cdn.image(tokens, "p19-sign", "tplv-photomode-video-cover:480:480.jpeg", expires));
		}
		out.field("bitrate", photo ? 0 : bitrate)
			.field("encodedType", "normal")
			.field("format", photo ? "" : "mp4")
			.field("videoQuality", "normal")
			.field("encodeUserTag", "")
			.field("codecType", photo ? "" : "h264")
			.field("definition", "540p");
		if (!photo && page) {
			MediaJson.subtitles(out, tokens, expires);
			out.object("zoomCover");
			for (String size : ZOOMS) {
				out.field(size, Cdn.image(tokens, "p16-sign",
						"tplv-photomode-zoomcover:" + size + ":" + size + ".avif", expires));
			}
			out.endObject();
		}
		out.object("volumeInfo")
			.field("Loudness", -9 - tokens.below(140) / 10.0)
			.field("Peak", 0.5 + tokens.below(50) / 100.0)
			.endObject();
		int gears = photo ? 0 : page ? 8 + tokens.below(3) : 1;
		MediaJson.bitrateInfo(out, tokens, gears, bitrate, expires, page ? 3 : 1);
		if (!photo) {
			out.field("size", (long) bitrate * duration / 8)
				.field("VQScore", "6" + tokens.below(10) + "." + tokens.below(10))
				.field("videoID", "v12044gd0000" + tokens.alnum(20));
		}
		out.endObject();
	}

	/** Photo carousels: three to nine slides, each on two CDN hosts on the page (one in listings). */
	static void imagePost(JsonOut out, ItemView item, boolean page) {
		Tokens tokens = item.tokens(2);
		long expires = item.expires();
		int slides = 3 + tokens.below(7);
		out.object("imagePost").array("images");
		for (int i = 0; i < slides; i++) {
			Tokens slide = new Tokens(tokens.next());
			out.beginObject().object("imageURL").array("urlList")
				.value(Cdn.image(slide, "p16-sign", "tplv-photomode-image.jpeg", expires));
			if (page) {
				out.value(Cdn.image(slide, "p19-sign", "tplv-photomode-image.jpeg", expires));
			}
			out.endArray().endObject().field("imageWidth", 1080).field("imageHeight", 1440).endObject();
		}
		out.endArray();
		image(out, "cover", Cdn.image(tokens, "p16-sign", "tplv-photomode-image-cover:640:0:q72.webp", expires));
		if (page) {
			image(out, "shareCover", Cdn.image(tokens, "p16-sign", "tplv-photomode-share-play.jpeg", expires));
		}
		out.field("title", "").endObject();
	}

	private static void image(JsonOut out, String name, String url) {
		out.object(name).field("imageWidth", 1080).field("imageHeight", 1440).object("imageURL").array("urlList")
			.value(url).endArray().endObject().endObject();
	}

}
