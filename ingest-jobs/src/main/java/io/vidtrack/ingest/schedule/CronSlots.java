package io.vidtrack.ingest.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.vidtrack.ingest.support.Slot;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.support.CronExpression;

/** A cron's slots: the instant it fires is the slot, whichever moment the firing thread actually wakes at. */
record CronSlots(CronExpression cron, ZoneId zone) {

	// a cron that fires less than monthly has no slot worth catching up at startup
	private static final int LOOK_BACK_DAYS = 32;

	static CronSlots of(String expression, ZoneId zone) {
		return new CronSlots(CronExpression.parse(expression), zone);
	}

	/** The latest firing at or before {@code now}, or null when there was none in the last month. */
	@Nullable Slot latest(Instant now) {
		ZonedDateTime end = now.atZone(this.zone);
		ZonedDateTime latest = null;
		ZonedDateTime next = this.cron.next(end.minusDays(LOOK_BACK_DAYS));
		while (next != null && !next.isAfter(end)) {
			latest = next;
			next = this.cron.next(next);
		}
		return (latest != null) ? Slot.scheduled(latest.toInstant()) : null;
	}

}
