package io.vidtrack.outbox.membership;

import java.util.Set;
import java.util.TreeSet;

/** The creators and videos whose campaign sets a membership change may have changed. */
public record MembershipTargets(Set<Long> creatorIds, Set<Long> videoIds) {

	public MembershipTargets {
		creatorIds = Set.copyOf(creatorIds);
		videoIds = Set.copyOf(videoIds);
	}

	public static MembershipTargets creator(long creatorId) {
		return new MembershipTargets(Set.of(creatorId), Set.of());
	}

	public static MembershipTargets video(long videoId) {
		return new MembershipTargets(Set.of(), Set.of(videoId));
	}

	public MembershipTargets plus(MembershipTargets other) {
		Set<Long> creators = new TreeSet<>(this.creatorIds);
		creators.addAll(other.creatorIds);
		Set<Long> videos = new TreeSet<>(this.videoIds);
		videos.addAll(other.videoIds);
		return new MembershipTargets(creators, videos);
	}

	public boolean isEmpty() {
		return this.creatorIds.isEmpty() && this.videoIds.isEmpty();
	}

}
