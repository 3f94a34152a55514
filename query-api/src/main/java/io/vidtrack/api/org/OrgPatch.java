package io.vidtrack.api.org;

import java.time.DateTimeException;
import java.time.ZoneId;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/** The body of {@code PATCH /api/v1/org}: any of its fields; absent ones stay as they are. */
record OrgPatch(@Nullable String name, @Nullable String timezone, @Nullable Integer discoverEveryHours,
		@Nullable Integer statsEveryHours) {

	// a month: less often than that is not tracking
	static final int MAX_HOURS = 24 * 30;

	OrgPatch validated() {
		if (this.name != null && (this.name.isBlank() || this.name.length() > 200)) {
			throw ApiException.invalidBody("name must be 1 to 200 characters");
		}
		if (this.timezone != null) {
			try {
				if (!ZoneId.of(this.timezone).getId().equals(this.timezone)) {
					throw new DateTimeException("not a region id");
				}
			}
			catch (DateTimeException ex) {
				throw ApiException.invalidBody("timezone must be an IANA time zone such as Europe/Berlin");
			}
		}
		checkHours("discover_every_hours", this.discoverEveryHours);
		checkHours("stats_every_hours", this.statsEveryHours);
		return this;
	}

	private static void checkHours(String field, @Nullable Integer hours) {
		if (hours != null && (hours < 1 || hours > MAX_HOURS)) {
			throw ApiException.invalidBody(field + " must be between 1 and " + MAX_HOURS);
		}
	}

}
