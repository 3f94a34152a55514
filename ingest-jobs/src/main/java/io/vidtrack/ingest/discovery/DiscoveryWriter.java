package io.vidtrack.ingest.discovery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.events.VidtrackEvent;
import io.vidtrack.ingest.support.CurrentJob;
import io.vidtrack.ingest.support.ScrapeFailure;
import io.vidtrack.ingest.support.ScrapeFailures;
import io.vidtrack.ingest.support.ScrapeTarget;
import io.vidtrack.ingest.support.StatsSnapshots;
import io.vidtrack.outbox.OutboxWriter;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of discoveries in the chunk's transaction, each kind of row with one batched statement:
 * creators, creator snapshots, new videos, their baseline snapshots, the outbox rows of all of them, and the
 * failure records. Either all of it commits or none.
 */
class DiscoveryWriter implements ItemWriter<CreatorDiscovery> {

	private final CreatorUpdates creators;

	private final NewVideos videos;

	private final StatsSnapshots snapshots;

	private final OutboxWriter outbox;

	private final ScrapeFailures failures;

	private final Clock clock;

	DiscoveryWriter(CreatorUpdates creators, NewVideos videos, StatsSnapshots snapshots, OutboxWriter outbox,
			ScrapeFailures failures, Clock clock) {
		this.creators = creators;
		this.videos = videos;
		this.snapshots = snapshots;
		this.outbox = outbox;
		this.failures = failures;
		this.clock = clock;
	}

	@Override
	public void write(Chunk<? extends CreatorDiscovery> chunk) {
		List<? extends CreatorDiscovery> items = chunk.getItems();
		List<CreatorDiscovery.Found> found = new ArrayList<>();
		List<ScrapeFailure> failed = new ArrayList<>();
		for (CreatorDiscovery item : items) {
			switch (item) {
				case CreatorDiscovery.Found hit -> found.add(hit);
				case CreatorDiscovery.Unavailable gone -> failed.add(ScrapeTarget
					.creator(gone.creator().id(), gone.creator().handle())
					.failure("gone", gone.reason()));
			}
		}
		this.creators.update(items);
		List<VidtrackEvent> events = new ArrayList<>(this.creators.snapshot(found));
		NewVideos.Added added = this.videos.add(found, this.clock.instant());
		this.snapshots.append(added.snapshots);
		events.addAll(added.events);
		failed.addAll(added.failures);
		this.outbox.append(events);
		this.failures.record(CurrentJob.executionId(), failed);
	}

}
