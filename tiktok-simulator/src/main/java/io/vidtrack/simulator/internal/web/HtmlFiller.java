package io.vidtrack.simulator.internal.web;

import java.nio.charset.StandardCharsets;

/** The HTML around the rehydration script: a head of meta tags, preloads and CSS, and a body of markup. */
final class HtmlFiller {

	static final String TITLE = "TikTok - Make Your Day";

	private HtmlFiller() {
	}

	static String head(int targetBytes) {
		Tokens tokens = new Tokens(0x4EAD);
		StringBuilder html = new StringBuilder(targetBytes + 512);
		html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charSet=\"utf-8\"/><title>").append(TITLE)
			.append("</title><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"/>")
			.append("<meta property=\"og:site_name\" content=\"TikTok\"/><meta name=\"theme-color\" content=\"#000000\"/>");
		for (int i = 0; i < 24 && html.length() < targetBytes / 3; i++) {
			html.append("<link rel=\"stylesheet\" href=\"https://sf16-website-login.neutral.ttwstatic.com/obj/")
				.append("tiktok_web_login_static/tiktok/webapp/main/webapp-desktop/").append(tokens.hex(20))
				.append(".css\"/>");
		}
		html.append("<style>");
		while (html.length() < targetBytes - 300) {
			html.append(".css-").append(tokens.alnum(7)).append("-Div").append(tokens.alnum(5))
				.append("{display:flex;align-items:center;padding:").append(tokens.below(24)).append("px ")
				.append(tokens.below(24)).append("px;color:rgba(22,24,35,0.").append(tokens.below(100))
				.append(");font-size:").append(12 + tokens.below(12)).append("px}");
		}
		return html.append("</style></head><body>").toString();
	}

	static String tail(int targetBytes) {
		Tokens tokens = new Tokens(0x7A11);
		StringBuilder html = new StringBuilder(targetBytes + 512);
		html.append("<div id=\"app\"><div class=\"css-").append(tokens.alnum(7)).append("-DivBodyContainer\">");
		while (html.length() < targetBytes - 400) {
			html.append("<div class=\"css-").append(tokens.alnum(7)).append("-DivItem e").append(tokens.below(9))
				.append("\"><a href=\"/explore?lang=en\" class=\"css-").append(tokens.alnum(7))
				.append("-StyledLink\"><span>").append("Explore").append("</span></a></div>");
		}
		html.append("</div></div>");
		for (int i = 0; i < 3; i++) {
			html.append("<script src=\"https://sf16-website-login.neutral.ttwstatic.com/obj/tiktok_web_login_static/")
				.append("tiktok/webapp/main/webapp-desktop/").append(tokens.hex(20)).append(".js\" defer></script>");
		}
		return html.append("</body></html>").toString();
	}

	static byte[] bytes(String html) {
		return html.getBytes(StandardCharsets.UTF_8);
	}

}
