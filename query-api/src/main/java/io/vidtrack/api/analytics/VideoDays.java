package io.vidtrack.api.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Turns one video's snapshots into the days {@link SeriesMath} reads, with the stream processor's rules: the
 * video's first snapshot is its baseline (it brings its counts and gains 0), every later one gains the difference
 * to the one before, on its day in the org's time zone. Its counts at the end of a day are therefore its last
 * snapshot at or before the end of that day, and the video's series match its project's when it is alone there.
 * Feed the newest snapshot before the range as the anchor (retention pruning keeps it), then the range's
 * snapshots oldest first.
 */
final class VideoDays {

	private final ZoneId zone;

	private final LocalDate from;

	private final Counts before;

	private final Map<LocalDate, Day> days = new HashMap<>();

	private @Nullable Counts previous;

	private long postedBefore;

	/** @param anchor the video's last snapshot before the range, null when it has none */
	VideoDays(ZoneId zone, LocalDate from, @Nullable Counts anchor) {
		this.zone = zone;
		this.from = from;
		this.previous = anchor;
		this.before = (anchor != null) ? anchor : Counts.ZERO;
	}

	/** A post counts once, on its day (a video posted before the range counts in what comes before it). */
	void posted(@Nullable Instant postedAt) {
		if (postedAt == null) {
			return;
		}
		LocalDate day = LocalDate.ofInstant(postedAt, this.zone);
		if (day.isBefore(this.from)) {
			this.postedBefore = 1;
		}
		else {
			add(day, new Day(new Counts(1, 0, 0, 0, 0, 0), Counts.ZERO));
		}
	}

	/** The next snapshot of the range, oldest first; views already null-as-zero. */
	void snapshot(Instant capturedAt, Counts counts) {
		LocalDate day = LocalDate.ofInstant(capturedAt, this.zone);
		Counts last = this.previous;
		add(day, (last == null) ? new Day(Counts.ZERO, counts) : new Day(counts.minus(last), Counts.ZERO));
		this.previous = counts;
	}

	/** Everything before the range: the anchor's counts, and the post if it was made before. */
	Counts before() {
		return this.before.plus(new Counts(this.postedBefore, 0, 0, 0, 0, 0));
	}

	Map<LocalDate, Day> days() {
		return Map.copyOf(this.days);
	}

	private void add(LocalDate day, Day contribution) {
		this.days.merge(day, contribution, Day::plus);
	}

}
