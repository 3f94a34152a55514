package io.vidtrack.simulator.internal.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The page layouts, sized after real captures (research section 9): byte counts of the head, the three
 * padding scopes and the tail. A page is the prefix, then the per-request scopes, then the suffix.
 */
enum PageKind {

	/** Desktop video page, 287-392 KB with its ~30 KB video-detail. */
	VIDEO(36_000, 26_000, 52_000, 178_000, 8_000),

	/** Desktop photo page, ~270 KB with its ~11 KB video-detail. */
	PHOTO(3_000, 30_000, 52_000, 168_000, 2_000),

	/** Profile, 311-428 KB with its ~2.5 KB user-detail. */
	PROFILE(45_000, 22_000, 51_000, 168_000, 70_000),

	/** A deleted, private or unknown post: ~255 KB around a two-field video-detail. */
	GONE(3_000, 24_000, 51_000, 176_000, 2_000),

	/** The bot shell: app-context, i18n and seo.abtest only. */
	SHELL(5_000, 24_000, 0, 150_000, 3_000);

	static final String SCRIPT_OPEN = "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">";

	private final int head;

	private final int app;

	private final int biz;

	private final int i18n;

	private final int tail;

	PageKind(int head, int app, int biz, int i18n, int tail) {
		this.head = head;
		this.app = app;
		this.biz = biz;
		this.i18n = i18n;
		this.tail = tail;
	}

	/** Everything up to the per-request scopes, which continue inside {@code __DEFAULT_SCOPE__}. */
	byte[] buildPrefix() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(this.head + this.app + this.biz + this.i18n + 512);
		out.writeBytes(HtmlFiller.bytes(HtmlFiller.head(this.head)));
		out.writeBytes(ascii(SCRIPT_OPEN + "{\"__DEFAULT_SCOPE__\":{\"webapp.app-context\":"));
		out.writeBytes(ScopeFiller.appContext(this.app));
		if (this.biz > 0) {
			out.writeBytes(ascii(",\"webapp.biz-context\":"));
			out.writeBytes(ScopeFiller.bizContext(this.biz));
		}
		out.writeBytes(ascii(",\"webapp.i18n-translation\":"));
		out.writeBytes(ScopeFiller.i18nTranslation(this.i18n));
		return out.toByteArray();
	}

	byte[] buildSuffix() {
		return HtmlFiller.bytes("</script>" + HtmlFiller.tail(this.tail));
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
