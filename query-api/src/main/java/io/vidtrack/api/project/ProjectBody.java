package io.vidtrack.api.project;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST} (name required) and {@code PATCH} (any field) on projects. An empty {@code readme}
 * clears the notes: JSON null cannot be told apart from an absent field here.
 */
record ProjectBody(@Nullable String name, @Nullable String readme) {

	static final int MAX_NAME = 200;

	// generous for markdown notes, yet a bound on what one request may store
	static final int MAX_README = 100_000;

	ProjectBody forCreate() {
		if (this.name == null) {
			throw ApiException.invalidBody("name is required");
		}
		return forPatch();
	}

	ProjectBody forPatch() {
		if (this.name != null && (this.name.isBlank() || this.name.length() > MAX_NAME)) {
			throw ApiException.invalidBody("name must be 1 to " + MAX_NAME + " characters");
		}
		if (this.readme != null && this.readme.length() > MAX_README) {
			throw ApiException.invalidBody("readme must be at most " + MAX_README + " characters");
		}
		return this;
	}

}
