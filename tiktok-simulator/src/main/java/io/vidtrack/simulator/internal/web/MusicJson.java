package io.vidtrack.simulator.internal.web;

import io.vidtrack.simulator.SimPost;

/** An item's {@code music}: mostly the creator's "original sound", sometimes a track. */
final class MusicJson {

	private static final String[] TRACKS = { "Espresso", "Good Luck, Babe!", "APT.", "Lose Control", "Beautiful Things",
			"Too Sweet", "Austin", "Million Dollar Baby" };

	private MusicJson() {
	}

	static void write(JsonOut out, ItemView item, boolean page) {
		SimPost post = item.post();
		Tokens tokens = item.tokens(3);
		long expires = item.expires();
		boolean original = tokens.below(3) > 0;
		String title = original ? "original sound - " + post.creator().handle() : TRACKS[tokens.below(TRACKS.length)];
		int duration = 8 + tokens.below(60);
		out.object("music")
			.field("id", "74" + tokens.digits(17))
			.field("title", title)
			.field("playUrl", Cdn.music(tokens));
		if (page) {
			out.field("coverLarge", Cdn.avatar(tokens, 1080, expires))
				.field("coverMedium", Cdn.avatar(tokens, 720, expires));
		}
		out.field("coverThumb", Cdn.avatar(tokens, 100, expires))
			.field("authorName", original ? post.creator().nickname() : "Various Artists")
			.field("original", original)
			.field("duration", duration)
			.field("album", original ? "" : title)
			.field("scheduleSearchTime", 0)
			.field("collected", false);
		if (page) {
			out.object("preciseDuration")
				.field("preciseDuration", duration + tokens.below(1000) / 1000.0)
				.field("preciseShootDuration", duration + tokens.below(1000) / 1000.0)
				.field("preciseAuditionDuration", duration + tokens.below(1000) / 1000.0)
				.field("preciseVideoDuration", duration + tokens.below(1000) / 1000.0)
				.endObject();
		}
		out.endObject();
	}

}
