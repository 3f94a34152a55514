package io.vidtrack.stream.topology;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.events.VideoStateChanged;

/**
 * The aggregates computed the straightforward way, from scratch, from what happened: each counted video's
 * snapshots and the campaign items as they are now. It shares no code with the topology.
 */
final class AggregateModel {

	private final Map<Long, VideoStateChanged> states = new HashMap<>();

	private final Map<Long, List<StatsSnapshotCaptured>> snapshots = new HashMap<>();

	private final Set<Item> items = new HashSet<>();

	void state(VideoStateChanged state) {
		this.states.put(state.videoId(), state);
	}

	void snapshot(StatsSnapshotCaptured snapshot) {
		List<StatsSnapshotCaptured> history = this.snapshots.computeIfAbsent(snapshot.videoId(),
				(id) -> new ArrayList<>());
		if (history.isEmpty() || snapshot.capturedAt().isAfter(history.getLast().capturedAt())) {
			history.add(snapshot);
		}
	}

	void add(Item item) {
		this.items.add(item);
	}

	void remove(Item item) {
		this.items.remove(item);
	}

	Set<Item> items() {
		return this.items;
	}

	/** Every campaign that holds the item, directly or through sub-campaigns. */
	Set<Long> campaignsReaching(String type, long id) {
		Set<Long> reached = new LinkedHashSet<>();
		Deque<Item> todo = new ArrayDeque<>();
		this.items.stream().filter((item) -> item.is(type, id)).forEach(todo::add);
		while (!todo.isEmpty()) {
			Item item = todo.pop();
			if (reached.add(item.campaignId())) {
				this.items.stream().filter((parent) -> parent.is("campaign", item.campaignId())).forEach(todo::add);
			}
		}
		return reached;
	}

	Map<AggregateKey, Tally> aggregates() {
		Map<AggregateKey, Tally> aggregates = new HashMap<>();
		for (VideoStateChanged state : this.states.values()) {
			if (state.counted()) {
				for (var entity : entitiesOf(state)) {
					addVideo(aggregates, state, entity.getKey(), entity.getValue());
				}
			}
		}
		aggregates.values().removeIf(Tally::isZero);
		return aggregates;
	}

	private List<Map.Entry<EntityType, Long>> entitiesOf(VideoStateChanged state) {
		Set<Long> campaigns = new HashSet<>(campaignsReaching("video", state.videoId()));
		List<Map.Entry<EntityType, Long>> entities = new ArrayList<>();
		entities.add(Map.entry(EntityType.PROJECT, state.projectId()));
		if (state.creatorId() != null) {
			entities.add(Map.entry(EntityType.CREATOR, state.creatorId()));
			campaigns.addAll(campaignsReaching("creator", state.creatorId()));
		}
		campaigns.forEach((campaign) -> entities.add(Map.entry(EntityType.CAMPAIGN, campaign)));
		return entities;
	}

	private void addVideo(Map<AggregateKey, Tally> aggregates, VideoStateChanged state, EntityType type, long id) {
		ZoneId zone = ZoneId.of(state.timezone());
		add(aggregates, AggregateKey.totals(type, id), Tally.videos(1));
		if (state.postedAt() != null) {
			add(aggregates, AggregateKey.daily(type, id, LocalDate.ofInstant(state.postedAt(), zone)), Tally.videos(1));
		}
		Counts previous = null;
		for (StatsSnapshotCaptured snapshot : this.snapshots.getOrDefault(state.videoId(), List.of())) {
			Counts counts = Counts.of(snapshot);
			Tally tally = (previous == null) ? Tally.baseline(counts) : Tally.gained(counts.minus(previous));
			add(aggregates, AggregateKey.daily(type, id, LocalDate.ofInstant(snapshot.capturedAt(), zone)), tally);
			add(aggregates, AggregateKey.totals(type, id), tally);
			previous = counts;
		}
	}

	private static void add(Map<AggregateKey, Tally> aggregates, AggregateKey key, Tally tally) {
		aggregates.merge(key, tally, Tally::plus);
	}

	/** A campaign item: a creator, a video or a sub-campaign that {@code campaignId} holds. */
	record Item(long campaignId, String type, long id) {

		boolean is(String type, long id) {
			return this.type.equals(type) && this.id == id;
		}

	}

}
