package io.vidtrack.api.inbox;

import java.util.List;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/** The body of the inbox actions: {@code {"video_ids": [...]}}, 1 to 100 ids, answered in this order. */
record VideoIds(@Nullable List<@Nullable Long> videoIds) {

	static final int MAX = 100;

	List<Long> checked() {
		if (this.videoIds == null || this.videoIds.isEmpty() || this.videoIds.size() > MAX) {
			throw ApiException.invalidBody("video_ids must hold 1 to " + MAX + " video ids");
		}
		if (this.videoIds.contains(null)) {
			throw ApiException.invalidBody("video_ids must hold video ids only");
		}
		return List.copyOf(this.videoIds);
	}

}
