package io.vidtrack.api.campaign;

import java.time.Instant;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * The writable fields of a campaign, as {@code POST} and {@code PATCH} take them. Notes are written as
 * {@code readme} and read back as {@code description}.
 */
record CampaignFields(@Nullable String name, @Nullable String readme, @Nullable Long targetViews,
		@Nullable Instant targetAt) {

	static final int MAX_NAME = 200;

	// markdown notes: generous, but bounded so one request cannot store megabytes
	static final int MAX_README = 100_000;

	/** Checks a create: a name is required. */
	CampaignFields validatedForCreate() {
		if (this.name == null) {
			throw ApiException.invalidBody("name is required");
		}
		return validated();
	}

	/** Checks the fields that are set; absent ones are not checked. */
	CampaignFields validated() {
		if (this.name != null && (this.name.isBlank() || this.name.length() > MAX_NAME)) {
			throw ApiException.invalidBody("name must be 1 to " + MAX_NAME + " characters");
		}
		if (this.readme != null && this.readme.length() > MAX_README) {
			throw ApiException.invalidBody("readme must be at most " + MAX_README + " characters");
		}
		if (this.targetViews != null && this.targetViews < 0) {
			throw ApiException.invalidBody("target_views must be 0 or more");
		}
		return this;
	}

}
