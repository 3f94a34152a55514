package io.vidtrack.ingest.support;

import java.util.Set;

/** The tracking rules the jobs apply in Java; SQL reads the same rule from {@code videos.counted}. */
public final class Tracking {

	public static final String AVAILABLE = "available";

	private static final Set<String> COUNTED_STATUSES = Set.of("auto_tracked", "included", "direct_add");

	private Tracking() {
	}

	public static boolean counted(String trackingStatus, boolean trackingDisabled) {
		return COUNTED_STATUSES.contains(trackingStatus) && !trackingDisabled;
	}

}
