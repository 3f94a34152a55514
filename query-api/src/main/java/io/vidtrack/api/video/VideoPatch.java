package io.vidtrack.api.video;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /api/v1/videos/{id}}: the notes ({@code readme}, markdown; {@code ""} clears them) and
 * / or {@code tracking_disabled}. Absent fields stay as they are; a body with neither is refused, since it can
 * only be a mistyped field name.
 */
record VideoPatch(@Nullable String readme, @Nullable Boolean trackingDisabled) {

	static final int MAX_README = 20_000;

	VideoPatch validated() {
		if (this.readme == null && this.trackingDisabled == null) {
			throw ApiException.invalidBody("Send readme and / or tracking_disabled");
		}
		if (this.readme != null && this.readme.length() > MAX_README) {
			throw ApiException.invalidBody("readme must be at most " + MAX_README + " characters");
		}
		return this;
	}

}
