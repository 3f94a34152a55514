package io.vidtrack.api.org;

import java.util.Map;

/**
 * The org as {@code GET /api/v1/org} shows it. The frequencies are the effective ones (never more often than the
 * plan's floors); {@code limits} are the plan's and {@code usage} what counts against them now (daily counts are
 * for the current UTC day).
 */
record OrgView(long id, String name, String plan, String timezone, int discoverEveryHours, int statsEveryHours,
		Map<String, Object> limits, Map<String, Long> usage) {
}
