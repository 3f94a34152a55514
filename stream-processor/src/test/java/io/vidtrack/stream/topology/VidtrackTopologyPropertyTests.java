package io.vidtrack.stream.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.vidtrack.events.CreatorCampaignsChanged;
import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.events.VideoCampaignsChanged;
import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.events.VidtrackEvent;
import io.vidtrack.stream.topology.AggregateModel.Item;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random snapshots, status flips, membership changes and re-deliveries: every aggregate must equal
 * the {@link AggregateModel}'s computation from scratch, at checkpoints along the way and at the end.
 */
class VidtrackTopologyPropertyTests {

	private static final String[] ZONES = { "UTC", "America/Los_Angeles", "Pacific/Kiritimati" };

	private static final String[] STATUSES = { "auto_tracked", "pending_review", "included", "excluded",
			"direct_add" };

	private static final int PROJECTS = 3;

	private static final int CREATORS = 9;

	private static final int VIDEOS = 60;

	private static final int CAMPAIGNS = 12;

	private static final int OPERATIONS = 2500;

	@TempDir
	Path stateDir;

	private final AggregateModel model = new AggregateModel();

	/** Every event sent per key, with its outbox id, so that a suffix can be sent again as the relay would. */
	private final Map<String, List<Map.Entry<Long, VidtrackEvent>>> sent = new HashMap<>();

	private final Map<Long, StatsSnapshotCaptured> lastSnapshots = new HashMap<>();

	private final List<StatsSnapshotCaptured> snapshots = new ArrayList<>();

	private long outboxId;

	private Random random;

	private TopologyHarness topology;

	@ParameterizedTest(name = "seed {0}, flush interval {1} ms")
	@CsvSource({ "1, 0", "2, 100", "3, 100" })
	void everyAggregateEqualsAComputationFromScratch(long seed, long flushMillis) {
		this.random = new Random(seed);
		try (TopologyHarness topology = new TopologyHarness(this.stateDir, Duration.ofMillis(flushMillis), false)) {
			this.topology = topology;
			for (int operation = 1; operation <= OPERATIONS; operation++) {
				// given / when
				step();
				if (operation % 500 == 0) {
					// then
					topology.flush();
					Map<AggregateKey, Tally> expected = this.model.aggregates();
					assertThat(topology.aggregates()).as("seed %d after %d operations", seed, operation)
						.isEqualTo(expected);
					assertThat(topology.published()).as("published, seed %d", seed).isEqualTo(expected);
				}
			}
			assertThat(this.model.aggregates()).hasSizeGreaterThan(100);
		}
	}

	private void step() {
		int dice = this.random.nextInt(100);
		if (dice < 40) {
			takeSnapshot(1 + this.random.nextInt(VIDEOS));
		}
		else if (dice < 55) {
			changeState(1 + this.random.nextInt(VIDEOS));
		}
		else if (dice < 70) {
			changeMembership();
		}
		else if (dice < 90) {
			redeliver();
		}
		else {
			this.topology.flush();
		}
	}

	private void takeSnapshot(long videoId) {
		StatsSnapshotCaptured last = this.lastSnapshots.get(videoId);
		Instant at = (last != null) ? last.capturedAt() : Instant.parse("2026-03-01T00:00:00Z");
		at = at.plusSeconds(600 + this.random.nextInt(40 * 3600));
		long likes = ((last != null) ? last.likes() : 0) + this.random.nextInt(50);
		boolean photo = videoId % 7 == 0;
		Long views = photo ? null : ((last != null && last.views() != null) ? last.views() : 0) + this.random.nextInt(900);
		var snapshot = new StatsSnapshotCaptured(videoId, at, views, likes, likes / 3, likes / 5, likes / 7,
				last == null);
		this.lastSnapshots.put(videoId, snapshot);
		this.snapshots.add(snapshot);
		this.model.snapshot(snapshot);
		this.topology.send(snapshot);
	}

	private void changeState(long videoId) {
		long projectId = 1 + videoId % PROJECTS;
		Long creatorId = (videoId % 4 == 0) ? null : projectId + PROJECTS * (videoId % (CREATORS / PROJECTS));
		String status = STATUSES[this.random.nextInt(STATUSES.length)];
		boolean disabled = this.random.nextInt(10) == 0;
		boolean counted = !disabled && List.of("auto_tracked", "included", "direct_add").contains(status);
		Instant postedAt = (this.random.nextInt(5) == 0) ? null
				: Instant.parse("2026-02-20T00:00:00Z").plusSeconds(this.random.nextInt(20 * 86_400));
		var state = new VideoStateChanged(videoId, projectId, projectId, creatorId, "7" + videoId, status, disabled,
				counted, "available", postedAt, ZONES[(int) projectId - 1], TopologyHarness.CHANGED_AT);
		this.model.state(state);
		publish(state);
	}

	/** Adds or removes one campaign item, then publishes what the writer would: every set that changed. */
	private void changeMembership() {
		long campaignId = 1 + this.random.nextInt(CAMPAIGNS);
		long projectId = 1 + campaignId % PROJECTS;
		Item item = switch (this.random.nextInt(3)) {
			case 0 -> new Item(campaignId, "creator", projectId + PROJECTS * this.random.nextInt(CREATORS / PROJECTS));
			case 1 -> new Item(campaignId, "video", projectId + PROJECTS * this.random.nextInt(VIDEOS / PROJECTS));
			// a sub-campaign has a lower id, so the tree never loops (the writer rejects cycles)
			default -> new Item(campaignId, "campaign", Math.max(1, campaignId - PROJECTS * (1 + this.random.nextInt(3))));
		};
		if (item.type().equals("campaign") && item.id() == campaignId) {
			return;
		}
		Map<String, List<Long>> before = memberships();
		if (this.model.items().contains(item)) {
			this.model.remove(item);
		}
		else {
			this.model.add(item);
		}
		memberships().forEach((key, campaigns) -> {
			if (!campaigns.equals(before.get(key)) || this.random.nextInt(20) == 0) {
				long id = Long.parseLong(key.substring(2));
				publish(key.startsWith("c:") ? new CreatorCampaignsChanged(id, 1 + id % PROJECTS, campaigns)
						: new VideoCampaignsChanged(id, 1 + id % PROJECTS, campaigns));
			}
		});
	}

	private Map<String, List<Long>> memberships() {
		Map<String, List<Long>> memberships = new HashMap<>();
		for (long creatorId = 1; creatorId <= CREATORS; creatorId++) {
			memberships.put("c:" + creatorId, List.copyOf(this.model.campaignsReaching("creator", creatorId)));
		}
		for (long videoId = 1; videoId <= VIDEOS; videoId++) {
			memberships.put("v:" + videoId, List.copyOf(this.model.campaignsReaching("video", videoId)));
		}
		memberships.replaceAll((key, campaigns) -> new CreatorCampaignsChanged(0, 0, campaigns).campaignIds());
		return memberships;
	}

	/** Sends a key's last events again, in order, with or without their outbox ids; or an old snapshot. */
	private void redeliver() {
		if (this.random.nextBoolean() && !this.snapshots.isEmpty()) {
			this.topology.send(this.snapshots.get(this.random.nextInt(this.snapshots.size())));
			return;
		}
		if (this.sent.isEmpty()) {
			return;
		}
		var keys = new ArrayList<>(this.sent.keySet());
		var events = this.sent.get(keys.get(this.random.nextInt(keys.size())));
		boolean withIds = this.random.nextBoolean();
		for (var event : events.subList(Math.max(0, events.size() - 1 - this.random.nextInt(3)), events.size())) {
			send(event.getKey(), event.getValue(), withIds);
		}
	}

	private void publish(VidtrackEvent event) {
		long id = ++this.outboxId;
		this.sent.computeIfAbsent(event.topic() + "/" + event.key(), (key) -> new ArrayList<>())
			.add(Map.entry(id, event));
		send(id, event, true);
	}

	private void send(long outboxId, VidtrackEvent event, boolean withOutboxId) {
		switch (event) {
			case VideoStateChanged state -> {
				if (withOutboxId) {
					this.topology.sendFromOutbox(outboxId, state);
				}
				else {
					this.topology.send(state);
				}
			}
			case VideoCampaignsChanged campaigns -> {
				if (withOutboxId) {
					this.topology.sendFromOutbox(outboxId, campaigns);
				}
				else {
					this.topology.send(campaigns);
				}
			}
			case CreatorCampaignsChanged campaigns -> {
				if (withOutboxId) {
					this.topology.sendFromOutbox(outboxId, campaigns);
				}
				else {
					this.topology.send(campaigns);
				}
			}
			default -> throw new IllegalArgumentException("Not sent by this test: " + event);
		}
	}

}
