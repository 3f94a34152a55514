package io.vidtrack.api.web;

import org.jspecify.annotations.Nullable;

/**
 * {@code limit} and {@code cursor} of a list request. A limit above 100 is served as 100 (meta.limit says so),
 * so a script asking for more still pages correctly; a limit below 1 or not a number is an error.
 */
public record PageRequest(int limit, @Nullable String after) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 100;

	public static PageRequest of(@Nullable String limit, @Nullable String cursor) {
		int size = DEFAULT_LIMIT;
		if (limit != null && !limit.isBlank()) {
			try {
				size = Integer.parseInt(limit.trim());
			}
			catch (NumberFormatException ex) {
				throw ApiException.invalidQuery("limit must be a whole number between 1 and " + MAX_LIMIT);
			}
			if (size < 1) {
				throw ApiException.invalidQuery("limit must be a whole number between 1 and " + MAX_LIMIT);
			}
		}
		String after = (cursor == null || cursor.isBlank()) ? null : Cursor.decode(cursor);
		return new PageRequest(Math.min(size, MAX_LIMIT), after);
	}

	/** The cursor's position as an id: rows with a greater id come next; 0 on the first page. */
	public long afterId() {
		if (this.after == null) {
			return 0;
		}
		try {
			return Long.parseLong(this.after);
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalidQuery("cursor is not valid for this list");
		}
	}

	/** How many rows to read: one more than the page, to know whether another page follows. */
	public int fetchSize() {
		return this.limit + 1;
	}

}
