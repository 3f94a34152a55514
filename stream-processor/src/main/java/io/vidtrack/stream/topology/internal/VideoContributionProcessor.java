package io.vidtrack.stream.topology.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.stream.topology.Counts;
import io.vidtrack.stream.topology.Tally;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns one video's scope changes and snapshots into changes of the aggregates it counts for. A snapshot adds
 * what it gained (or, the first one, its baseline) to each entity of the video's scope; a scope change
 * retracts the video's whole contribution from the entities it leaves and adds it to those it joins, from the
 * per-day rows this processor keeps, the way a KTable's subtractor and adder would.
 */
public final class VideoContributionProcessor implements Processor<Long, VideoInput, FanOutKey, Tally> {

	private @Nullable ContributionEmitter emit;

	private @Nullable VideoHistory history;

	public static ProcessorSupplier<Long, VideoInput, FanOutKey, Tally> supplier(StoreFactory stores) {
		return new ProcessorSupplier<>() {

			@Override
			public Processor<Long, VideoInput, FanOutKey, Tally> get() {
				return new VideoContributionProcessor();
			}

			@Override
			public Set<StoreBuilder<?>> stores() {
				return ContributionStores.builders(stores);
			}

		};
	}

	@Override
	public void init(ProcessorContext<FanOutKey, Tally> context) {
		this.emit = new ContributionEmitter(context);
		this.history = new VideoHistory(context);
	}

	@Override
	public void process(Record<Long, VideoInput> record) {
		long videoId = record.key();
		VideoLedger ledger = this.history.ledger(videoId);
		switch (record.value()) {
			case VideoInput.ScopeChanged changed -> changeScope(videoId, ledger, changed.scope(), record.timestamp());
			case VideoInput.SnapshotTaken taken -> takeSnapshot(videoId, ledger, taken.snapshot(), record.timestamp());
		}
	}

	private void takeSnapshot(long videoId, VideoLedger ledger, StatsSnapshotCaptured snapshot, long timestamp) {
		if (ledger.scope() == null) {
			// the day depends on the org's time zone, which the video's state brings
			this.history.hold(snapshot);
			return;
		}
		if (ledger.isNew(snapshot.capturedAt())) {
			this.history.save(videoId, apply(videoId, ledger, ledger.scope(), snapshot, timestamp));
		}
		// else a repeat: the relay re-sent it, or a replay overlaps
	}

	private VideoLedger apply(long videoId, VideoLedger ledger, VideoScope scope, StatsSnapshotCaptured snapshot,
			long timestamp) {
		Counts counts = Counts.of(snapshot);
		// the first snapshot is the baseline: it brings its counts but gains nothing on its day
		Tally change = (ledger.lastCapturedAt() != null) ? Tally.gained(counts.minus(ledger.lastCounts()))
				: Tally.baseline(counts);
		LocalDate day = LocalDate.ofInstant(snapshot.capturedAt(), scope.zoneId());
		Tally dayTally = change;
		if (day.equals(ledger.day())) {
			dayTally = ledger.dayTally().plus(change);
		}
		else if (ledger.day() != null) {
			this.history.addToDay(videoId, ledger.day(), ledger.dayTally());
		}
		this.emit.snapshot(scope.countedFor(), day, change, timestamp);
		return ledger.withSnapshot(snapshot.capturedAt(), counts, day, dayTally);
	}

	private void changeScope(long videoId, VideoLedger ledger, @Nullable VideoScope scope, long timestamp) {
		VideoScope old = ledger.scope();
		if (Objects.equals(old, scope)) {
			return;
		}
		List<Entity> before = (old != null) ? old.countedFor() : List.of();
		List<Entity> after = (scope != null) ? scope.countedFor() : List.of();
		List<Entity> left = minus(before, after);
		List<Entity> joined = minus(after, before);
		if (!left.isEmpty() || !joined.isEmpty()) {
			SortedMap<LocalDate, Tally> days = this.history.days(videoId, ledger);
			this.emit.wholeHistory(left, (old != null) ? old.postedDay() : null, days, -1, timestamp);
			this.emit.wholeHistory(joined, (scope != null) ? scope.postedDay() : null, days, 1, timestamp);
		}
		if (old != null && scope != null && !Objects.equals(old.postedDay(), scope.postedDay())) {
			// a video stays in the entities it kept, but moves to another posting day
			List<Entity> kept = minus(before, left);
			this.emit.postedOn(kept, old.postedDay(), -1, timestamp);
			this.emit.postedOn(kept, scope.postedDay(), 1, timestamp);
		}
		if (scope == null) {
			this.history.forget(videoId);
			return;
		}
		VideoLedger next = ledger.withScope(scope);
		if (old == null) {
			List<StatsSnapshotCaptured> held = new ArrayList<>(this.history.takeHeld(videoId));
			held.sort(Comparator.comparing(StatsSnapshotCaptured::capturedAt));
			for (StatsSnapshotCaptured snapshot : held) {
				if (next.isNew(snapshot.capturedAt())) {
					next = apply(videoId, next, scope, snapshot, timestamp);
				}
			}
		}
		this.history.save(videoId, next);
	}

	private static List<Entity> minus(List<Entity> from, List<Entity> removed) {
		return from.stream().filter((entity) -> !removed.contains(entity)).toList();
	}

}
