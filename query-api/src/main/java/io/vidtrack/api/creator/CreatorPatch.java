package io.vidtrack.api.creator;

import java.time.LocalDate;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /api/v1/creators/{id}}: any of its fields; absent ones stay. An empty {@code readme}
 * or {@code display_name} clears it.
 */
record CreatorPatch(@Nullable String trackingMode, @Nullable String trackingStartDate, @Nullable String readme,
		@Nullable String displayName) {

	static final int MAX_DISPLAY_NAME = 200;

	Checked checked() {
		String mode = (this.trackingMode != null) ? CreatorInput.mode(this.trackingMode, "") : null;
		LocalDate start = (this.trackingStartDate != null) ? CreatorInput.date(this.trackingStartDate, "") : null;
		if (this.readme != null && this.readme.length() > CreatorInput.MAX_README) {
			throw ApiException.invalidBody("readme must be at most " + CreatorInput.MAX_README + " characters");
		}
		if (this.displayName != null && this.displayName.length() > MAX_DISPLAY_NAME) {
			throw ApiException.invalidBody("display_name must be at most " + MAX_DISPLAY_NAME + " characters");
		}
		return new Checked(mode, start, this.readme, this.displayName);
	}

	record Checked(@Nullable String trackingMode, @Nullable LocalDate trackingStartDate, @Nullable String readme,
			@Nullable String displayName) {
	}

}
