package io.vidtrack.simulator.internal.web;

/**
 * Fake CDN URLs of the real shape and length: signed, expiring, long query strings. They are the bulk of
 * a real item, so they are what makes our items weigh what TikTok's do.
 */
final class Cdn {

	private Cdn() {
	}

	static String avatar(Tokens tokens, int size, long expires) {
		return "https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/" + tokens.hex(32)
				+ "~tplv-tiktokx-cropcenter:" + size + ":" + size + ".jpeg?dr=14579&refresh_token=" + tokens.hex(8)
				+ "&x-expires=" + expires + "&x-signature=" + tokens.b64(27) + "%3D&t=4d5b0474&ps=13740610"
				+ "&shp=a5d48078&shcp=81f88b70&idc=maliva";
	}

	static String image(Tokens tokens, String host, String template, long expires) {
		return "https://" + host + ".tiktokcdn-us.com/tos-useast5-p-0068-tx/" + tokens.alnum(32) + "~" + template
				+ "?dr=9636&refresh_token=" + tokens.hex(8) + "&x-expires=" + expires + "&x-signature="
				+ tokens.b64(27) + "%3D&t=4d5b0474&ps=13740610&shp=81f88b70&shcp=43f4a2f9&idc=useast5";
	}

	static String cover(Tokens tokens, long expires) {
		return image(tokens, "p16-sign", "tplv-tiktokx-origin.image", expires);
	}

	static String video(Tokens tokens, String host, int bitrate, long expires) {
		return "https://" + host + ".tiktok.com/video/tos/useast2a/tos-useast2a-ve-0068c001-euttp/" + tokens.alnum(32)
				+ "/?a=1988&bti=ODszNWYuMDE6&ch=0&cr=3&dr=0&lr=all&cd=0%7C0%7C0%7C&cv=1&br=" + bitrate / 1000
				+ "&bt=" + bitrate / 2000 + "&cs=0&ds=6&ft=-Csk_mNOPD12N" + tokens.b64(22)
				+ "&mime_type=video_mp4&qs=0&rc=" + tokens.b64(60) + "&btag=e00088000&expire=" + expires + "&l="
				+ tokens.digits(14) + tokens.upperHex(18) + "&ply_type=2&policy=2&signature="
				+ tokens.hex(32) + "&tk=tt_chain_token";
	}

	static String subtitle(Tokens tokens, long expires) {
		return "https://v16-webapp.tiktok.com/" + tokens.hex(32) + "/" + Long.toHexString(expires)
				+ "/video/tos/useast2a/tos-useast2a-pv-0037-aiso/" + tokens.alnum(32)
				+ "/?a=1988&bti=ODszNWYuMDE6&ch=0&cr=0&dr=0&er=0&lr=all&net=0&cd=0%7C0%7C0%7C&br=250&bt=125"
				+ "&ft=-Csk_mNOPD12N" + tokens.b64(22) + "&mime_type=video_subtitle&qs=13&rc=" + tokens.b64(60)
				+ "&l=" + tokens.digits(14) + tokens.upperHex(18) + "&btag=e00048000";
	}

	static String music(Tokens tokens) {
		return "https://sf16-ies-music-va.tiktokcdn.com/obj/ies-music-tx/" + tokens.digits(19) + ".mp3";
	}

}
