package io.vidtrack.simulator.internal.web;

import java.time.Instant;
import java.util.Map;

import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.SimPost;

/**
 * {@code /t/CODE}: a 301 to the post's absolute TikTok URL (with the tracking query TikTok adds), never
 * to the simulator itself; an unknown code goes to TikTok's home page, as the real one does.
 */
final class ShortLinks {

	static final String HOME = "https://www.tiktok.com/?_r=1";

	private ShortLinks() {
	}

	static Response resolve(Population population, String code, Instant now) {
		String location = population.postByShortCode(code)
			.filter(post -> !post.createdAt().isAfter(now))
			.map(post -> Pages.canonical(post) + "?_r=1&_t=" + shareToken(post))
			.orElse(HOME);
		return new Response(301, Response.HTML, Map.of("Location", location));
	}

	private static String shareToken(SimPost post) {
		return "ZT" + Long.toString(Math.abs(post.id().hashCode()), 36);
	}

}
