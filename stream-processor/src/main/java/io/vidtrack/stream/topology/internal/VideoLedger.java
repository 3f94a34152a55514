package io.vidtrack.stream.topology.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.vidtrack.stream.topology.Counts;
import io.vidtrack.stream.topology.Tally;
import org.jspecify.annotations.Nullable;

/**
 * What a snapshot of a video needs, in one record so that it costs one read and one write: the scope applied,
 * the newest snapshot (later ones gain from it, older or equal ones are repeats), and the day that snapshot fell
 * on with that day's gains and baseline so far. Earlier days are in {@link VideoHistory}'s day rows.
 */
record VideoLedger(@Nullable VideoScope scope, @Nullable Instant lastCapturedAt, Counts lastCounts,
		@Nullable LocalDate day, Tally dayTally) {

	static final VideoLedger EMPTY = new VideoLedger(null, null, Counts.ZERO, null, Tally.ZERO);

	VideoLedger withScope(VideoScope scope) {
		return new VideoLedger(scope, this.lastCapturedAt, this.lastCounts, this.day, this.dayTally);
	}

	VideoLedger withSnapshot(Instant capturedAt, Counts counts, LocalDate day, Tally dayTally) {
		return new VideoLedger(this.scope, capturedAt, counts, day, dayTally);
	}

	/** Whether a snapshot taken at {@code capturedAt} is newer than every one applied. */
	boolean isNew(Instant capturedAt) {
		return this.lastCapturedAt == null || capturedAt.isAfter(this.lastCapturedAt);
	}

}
