package io.vidtrack.ingest.support;

import org.jspecify.annotations.Nullable;

/** What a fetch was for, as {@code scrape_failures} records it. */
public record ScrapeTarget(String type, @Nullable Long id, @Nullable String url) {

	public static ScrapeTarget creator(long id, String handle) {
		return new ScrapeTarget("creator", id, "https://www.tiktok.com/@" + handle);
	}

	public static ScrapeTarget listing(long creatorId, String handle) {
		return new ScrapeTarget("listing", creatorId, "https://www.tiktok.com/@" + handle);
	}

	public static ScrapeTarget video(long id, String url) {
		return new ScrapeTarget("video", id, url);
	}

	public ScrapeFailure failure(String outcome, String reason) {
		return new ScrapeFailure(this, outcome, reason);
	}

}
