package io.vidtrack.api.creator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * One creator to add, as the body or a bulk row gives it. The handle is checked per row (a bulk answers
 * {@code invalid_handle} for it); the other fields are checked for the whole request, which is refused with 400
 * {@code invalid_body} when one is wrong.
 */
record CreatorInput(@Nullable String handle, @Nullable String trackingMode, @Nullable String trackingStartDate,
		@Nullable String readme) {

	// generous for markdown notes, yet a bound on what one request may store
	static final int MAX_README = 100_000;

	/** The row ready to insert: mode defaulted to auto, start date to today in the org's time zone. */
	NewCreator checked(ZoneId zone, String where) {
		String mode = (this.trackingMode != null) ? mode(this.trackingMode, where) : "auto";
		LocalDate start = (this.trackingStartDate != null) ? date(this.trackingStartDate, where) : LocalDate.now(zone);
		if (this.readme != null && this.readme.length() > MAX_README) {
			throw ApiException.invalidBody(where + "readme must be at most " + MAX_README + " characters");
		}
		return new NewCreator((this.handle != null) ? this.handle : "", mode, start, this.readme);
	}

	static String mode(String value, String where) {
		if (!value.equals("auto") && !value.equals("selective")) {
			throw ApiException.invalidBody(where + "tracking_mode must be auto or selective");
		}
		return value;
	}

	static LocalDate date(String value, String where) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw ApiException.invalidBody(where + "tracking_start_date must be a date as YYYY-MM-DD");
		}
	}

	/** A checked row; {@code input} is the handle as given, read by {@link Handles#normalize}. */
	record NewCreator(String input, String trackingMode, LocalDate trackingStartDate, @Nullable String readme) {
	}

}
