package io.vidtrack.ingest.support;

/**
 * One thing a run could not read, and why. {@code outcome} is the client's classification
 * ({@code layout_changed}, {@code rate_limited}, {@code failed}, {@code gone}) or {@code limit_reached} when
 * the org's plan has no room for more tracked videos.
 */
public record ScrapeFailure(ScrapeTarget target, String outcome, String reason) {
}
