package io.vidtrack.api.video;

import java.util.List;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/projects/{id}/videos}: one {@code url}, or a bulk paste of {@code urls}. */
record AddVideosBody(@Nullable String url, @Nullable List<@Nullable String> urls) {

	static final int MAX_URLS = 100;

	AddVideosBody validated() {
		if ((this.url == null) == (this.urls == null)) {
			throw ApiException.invalidBody("Send either url or urls (a list of up to " + MAX_URLS + " URLs)");
		}
		if (this.urls != null && (this.urls.isEmpty() || this.urls.size() > MAX_URLS)) {
			throw ApiException.invalidBody("urls must hold 1 to " + MAX_URLS + " URLs");
		}
		return this;
	}

	boolean isBulk() {
		return this.urls != null;
	}

}
