package io.vidtrack.api.video.internal;

import io.vidtrack.tiktok.TikTokUrl;

/** What a pasted URL came to: the post it names, or why it names none (a message for the user). */
public sealed interface PastedUrl {

	/** The URL as the user pasted it, to echo back in a per-row result. */
	String raw();

	record Post(String raw, TikTokUrl.PostUrl post) implements PastedUrl {
	}

	record Invalid(String raw, String message) implements PastedUrl {
	}

}
