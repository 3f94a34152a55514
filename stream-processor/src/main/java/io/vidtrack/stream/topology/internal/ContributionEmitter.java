package io.vidtrack.stream.topology.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import io.vidtrack.stream.topology.Tally;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jspecify.annotations.Nullable;

/** Sends a video's changes on, keyed by the entities they count for and the day (or the totals) they change. */
final class ContributionEmitter {

	private final ProcessorContext<FanOutKey, Tally> context;

	ContributionEmitter(ProcessorContext<FanOutKey, Tally> context) {
		this.context = context;
	}

	/** One snapshot's change of one day, and so of the totals. */
	void snapshot(List<Entity> entities, LocalDate day, Tally change, long timestamp) {
		if (!entities.isEmpty()) {
			forward(new FanOutKey(entities, day), change, timestamp);
		}
	}

	/** Adds ({@code sign} 1) or retracts (-1) the video's whole history for some entities. */
	void wholeHistory(List<Entity> entities, @Nullable LocalDate postedDay, SortedMap<LocalDate, Tally> days, int sign,
			long timestamp) {
		if (entities.isEmpty()) {
			return;
		}
		// each day's change carries its gains and baselines to the totals as well; the totals' own change is the video
		for (var day : days.entrySet()) {
			forward(new FanOutKey(entities, day.getKey()), signed(day.getValue(), sign), timestamp);
		}
		forward(new FanOutKey(entities, null), Tally.videos(sign), timestamp);
		postedOn(entities, postedDay, sign, timestamp);
	}

	/** Counts the video (1) or stops counting it (-1) on the day it was posted. */
	void postedOn(List<Entity> entities, @Nullable LocalDate postedDay, int sign, long timestamp) {
		if (postedDay != null && !entities.isEmpty()) {
			forward(new FanOutKey(entities, postedDay), Tally.videos(sign), timestamp);
		}
	}

	private void forward(FanOutKey key, Tally change, long timestamp) {
		if (!change.isZero()) {
			this.context.forward(new Record<>(key, change, timestamp));
		}
	}

	private static Tally signed(Tally tally, int sign) {
		return (sign < 0) ? tally.negate() : tally;
	}

}
