package io.vidtrack.api.web;

import org.jspecify.annotations.Nullable;

/**
 * Every response body of the v1 API: {@code {"data": …, "error": null|"message", "meta": …|null}}. Errors carry
 * their machine code in {@code meta.code}.
 */
public record Envelope(@Nullable Object data, @Nullable String error, @Nullable Object meta) {

	public static Envelope of(@Nullable Object data) {
		return new Envelope(data, null, null);
	}

	public static Envelope of(@Nullable Object data, @Nullable Object meta) {
		return new Envelope(data, null, meta);
	}

	/** A list page: its rows and {@code {"nextCursor", "limit"}}. */
	public static Envelope page(Page<?> page) {
		return new Envelope(page.rows(), null, new PageMeta(page.nextCursor(), page.limit()));
	}

}
