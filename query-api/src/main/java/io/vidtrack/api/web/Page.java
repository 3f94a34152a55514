package io.vidtrack.api.web;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One page of a keyset-paged list, and the cursor of the next page (null on the last). */
public record Page<T>(List<T> rows, @Nullable String nextCursor, int limit) {

	/**
	 * Makes a page from up to {@code limit + 1} rows read in key order: the extra row only says that a next page
	 * exists, and the cursor points after the last row shown.
	 */
	public static <T> Page<T> of(List<T> rowsPlusOne, PageRequest request, Function<T, String> cursorOf) {
		if (rowsPlusOne.size() <= request.limit()) {
			return new Page<>(rowsPlusOne, null, request.limit());
		}
		List<T> rows = List.copyOf(rowsPlusOne.subList(0, request.limit()));
		return new Page<>(rows, Cursor.encode(cursorOf.apply(rows.getLast())), request.limit());
	}

}
