package io.vidtrack.stream.topology.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.stream.topology.Tally;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What the processor keeps per video, in state stores with changelogs: its {@link VideoLedger}, the gains and
 * baselines of its earlier days (what a scope change retracts and re-adds along with the ledger's day), and the
 * snapshots that arrived before the video's scope did.
 */
final class VideoHistory {

	private static final LongSerializer VIDEO_PREFIX = new LongSerializer();

	private final KeyValueStore<Long, VideoLedger> ledgers;

	private final KeyValueStore<VideoDay, Tally> days;

	private final KeyValueStore<Long, List<StatsSnapshotCaptured>> pending;

	VideoHistory(ProcessorContext<?, ?> context) {
		this.ledgers = context.getStateStore(ContributionStores.LEDGERS);
		this.days = context.getStateStore(ContributionStores.DAYS);
		this.pending = context.getStateStore(ContributionStores.PENDING);
	}

	VideoLedger ledger(long videoId) {
		VideoLedger ledger = this.ledgers.get(videoId);
		return (ledger != null) ? ledger : VideoLedger.EMPTY;
	}

	void save(long videoId, VideoLedger ledger) {
		this.ledgers.put(videoId, ledger);
	}

	/** Adds to an earlier day of the video: the ledger's day once a snapshot falls on a later one. */
	void addToDay(long videoId, LocalDate day, Tally change) {
		VideoDay key = new VideoDay(videoId, day);
		Tally current = this.days.get(key);
		this.days.put(key, (current != null) ? current.plus(change) : change);
	}

	/** Every day of the video's history: a prefix scan of its own rows, however long, and the ledger's day. */
	SortedMap<LocalDate, Tally> days(long videoId, VideoLedger ledger) {
		SortedMap<LocalDate, Tally> days = new TreeMap<>();
		try (KeyValueIterator<VideoDay, Tally> rows = this.days.prefixScan(videoId, VIDEO_PREFIX)) {
			rows.forEachRemaining((row) -> days.put(row.key.day(), row.value));
		}
		if (ledger.day() != null) {
			days.merge(ledger.day(), ledger.dayTally(), Tally::plus);
		}
		return days;
	}

	void hold(StatsSnapshotCaptured snapshot) {
		List<StatsSnapshotCaptured> held = new ArrayList<>(takeHeld(snapshot.videoId()));
		held.add(snapshot);
		this.pending.put(snapshot.videoId(), held);
	}

	/** The snapshots held for the video, which are no longer held once taken. */
	List<StatsSnapshotCaptured> takeHeld(long videoId) {
		List<StatsSnapshotCaptured> held = this.pending.get(videoId);
		if (held == null) {
			return List.of();
		}
		this.pending.delete(videoId);
		return held;
	}

	void forget(long videoId) {
		this.ledgers.delete(videoId);
		this.pending.delete(videoId);
		List<VideoDay> keys = new ArrayList<>();
		try (KeyValueIterator<VideoDay, Tally> rows = this.days.prefixScan(videoId, VIDEO_PREFIX)) {
			rows.forEachRemaining((row) -> keys.add(row.key));
		}
		keys.forEach(this.days::delete);
	}

}
