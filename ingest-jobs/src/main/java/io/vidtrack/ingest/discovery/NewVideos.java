package io.vidtrack.ingest.discovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vidtrack.events.VidtrackEvent;
import io.vidtrack.ingest.discovery.NewVideo.Key;
import io.vidtrack.ingest.discovery.TrackedVideoLimit.Room;
import io.vidtrack.ingest.support.ScrapeFailure;
import io.vidtrack.ingest.support.ScrapeTarget;
import io.vidtrack.ingest.support.StatsSnapshots.Snapshot;
import io.vidtrack.tiktok.Post;

/**
 * Turns the posts of a chunk's listings into tracked videos: skips the ones a project already tracks, admits
 * new ones newest first while the org's plan has room, and returns their baseline snapshots, events and the
 * failures of the ones refused.
 */
class NewVideos {

	private final KnownVideos known;

	private final TrackedVideoLimit limit;

	private final VideoInserts inserts;

	NewVideos(KnownVideos known, TrackedVideoLimit limit, VideoInserts inserts) {
		this.known = known;
		this.limit = limit;
		this.inserts = inserts;
	}

	Added add(List<CreatorDiscovery.Found> found, Instant at) {
		Map<Key, NewVideo> listed = new LinkedHashMap<>();
		for (CreatorDiscovery.Found item : found) {
			for (Post post : item.posts()) {
				NewVideo video = new NewVideo(item.creator(), post, item.at());
				listed.putIfAbsent(video.key(), video);
			}
		}
		Added added = new Added();
		if (listed.isEmpty()) {
			return added;
		}
		List<Key> keys = List.copyOf(listed.keySet());
		added.events.addAll(this.known.markListed(keys, at));
		Set<Key> existing = this.known.existing(keys);
		List<NewVideo> fresh = listed.values().stream().filter((video) -> !existing.contains(video.key())).toList();
		if (fresh.isEmpty()) {
			return added;
		}
		List<NewVideo> admitted = admit(fresh, added);
		Map<Key, Long> ids = this.inserts.insert(admitted);
		for (NewVideo video : admitted) {
			Long id = ids.get(video.key());
			if (id != null) {
				added.events.add(video.stateChanged(id));
				Snapshot baseline = video.baseline(id);
				added.snapshots.add(baseline);
				added.events.add(baseline.event());
			}
		}
		return added;
	}

	private List<NewVideo> admit(List<NewVideo> fresh, Added added) {
		Map<Long, Room> rooms = this.limit.lock(fresh.stream().map((video) -> video.creator().orgId()).toList());
		Map<Long, Long> free = new HashMap<>();
		rooms.forEach((org, room) -> free.put(org, room.free()));
		Map<DueCreator, Integer> refused = new LinkedHashMap<>();
		List<NewVideo> admitted = new ArrayList<>();
		List<NewVideo> newestFirst = fresh.stream()
			.sorted(Comparator.comparing((NewVideo video) -> video.post().createdAt()).reversed())
			.toList();
		for (NewVideo video : newestFirst) {
			long org = video.creator().orgId();
			long left = free.getOrDefault(org, 0L);
			if (left > 0) {
				admitted.add(video);
				free.put(org, left - 1);
			}
			else {
				refused.merge(video.creator(), 1, Integer::sum);
			}
		}
		refused.forEach((creator, count) -> added.failures.add(ScrapeTarget.creator(creator.id(), creator.handle())
			.failure("limit_reached", rooms.get(creator.orgId()).refusal(count))));
		return admitted;
	}

	/** What adding wrote, for the outbox and the failure record. */
	static final class Added {

		final List<VidtrackEvent> events = new ArrayList<>();

		final List<Snapshot> snapshots = new ArrayList<>();

		final List<ScrapeFailure> failures = new ArrayList<>();

	}

}
