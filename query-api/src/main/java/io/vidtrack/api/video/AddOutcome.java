package io.vidtrack.api.video;

import org.jspecify.annotations.Nullable;

/**
 * One row of a bulk add: the URL as sent, what came of it ({@code added}, {@code already_tracked},
 * {@code invalid_url}, {@code limit_reached}), the video when there is one and the reason when there is none.
 */
record AddOutcome(String url, String outcome, @Nullable VideoView video, @Nullable String error) {

	static final String ADDED = "added";

	static final String ALREADY_TRACKED = "already_tracked";

	static final String INVALID_URL = "invalid_url";

	static final String LIMIT_REACHED = "limit_reached";

}
