package io.vidtrack.simulator.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * TikTok's WAF challenge ("Please wait..."): a 200 of ~1.5 KB without the rehydration script. The
 * {@code cs} div holds base64 JSON {@code {"v":{"a":…,"c":…}}} where c = sha256(a ‖ i) for some small i,
 * solvable the way yt-dlp does it; we never check the answer.
 */
final class WafPage {

	private WafPage() {
	}

	static Response render(long seed) {
		Tokens tokens = new Tokens(seed);
		byte[] prefix = new byte[16];
		for (int i = 0; i < prefix.length; i++) {
			prefix[i] = (byte) tokens.next();
		}
		int answer = tokens.below(1000);
		String a = Base64.getEncoder().encodeToString(prefix);
		String c = Base64.getEncoder().encodeToString(sha256(prefix, Integer.toString(answer)));
		String challenge = "{\"v\":{\"a\":\"" + a + "\",\"c\":\"" + c + "\"},\"s\":\"" + tokens.b64(16)
				+ "\",\"t\":\"" + tokens.hex(16) + "\"}";
		String cs = Base64.getEncoder().encodeToString(challenge.getBytes(StandardCharsets.UTF_8));
		String html = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><meta name=\"viewport\" "
				+ "content=\"width=device-width,initial-scale=1\"><title>Please wait...</title><style>"
				+ "body{margin:0;font-family:Arial,sans-serif}.wrap{display:flex;align-items:center;"
				+ "justify-content:center;height:100vh;color:#161823}.spin{width:24px;height:24px;"
				+ "border:3px solid #eee;border-top-color:#fe2c55;border-radius:50%;animation:r 1s linear infinite}"
				+ "@keyframes r{to{transform:rotate(360deg)}}</style></head><body><div class=\"wrap\">"
				+ "<div class=\"spin\"></div><p>Please wait...</p></div>"
				+ "<div id=\"cs\" class=\"" + cs + "\"></div>"
				+ "<div id=\"wci\" class=\"_wafchallengeid\"></div>"
				+ "<div id=\"rci\" class=\"waforiginalreid\"></div>"
				+ "<div id=\"rs\" class=\"" + tokens.b64(24) + "\"></div>"
				+ "<script>window.SlardarWAF={bid:\"tiktok_waf\",sample:1};(function(){var d=document;"
				+ "var cs=d.getElementById(\"cs\").className;var w=d.getElementById(\"wci\").className;"
				+ "setTimeout(function(){location.reload()},1000)})();</script>"
				+ "<script src=\"https://sf16-website-login.neutral.ttwstatic.com/obj/tiktok_web_login_static/"
				+ "waf/slardar-waf-" + tokens.hex(8) + ".js\"></script></body></html>";
		return Response.of(200, Response.HTML, html);
	}

	private static byte[] sha256(byte[] prefix, String answer) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(prefix);
			return digest.digest(answer.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
