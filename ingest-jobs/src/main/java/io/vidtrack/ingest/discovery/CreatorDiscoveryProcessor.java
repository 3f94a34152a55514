package io.vidtrack.ingest.discovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.vidtrack.ingest.support.FetchGuard;
import io.vidtrack.ingest.support.ListingPager;
import io.vidtrack.ingest.support.ScrapeTarget;
import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.Profile;
import io.vidtrack.tiktok.TikTokClient;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads a creator's profile and recent posts. Runs on a virtual thread per item (the step processes a chunk's
 * items concurrently) and touches no database: the writer does that for the whole chunk at once.
 */
class CreatorDiscoveryProcessor implements ItemProcessor<DueCreator, CreatorDiscovery> {

	private final TikTokClient client;

	private final ListingPager pager;

	private final FetchGuard guard;

	private final Clock clock;

	private final Duration rescanOverlap;

	CreatorDiscoveryProcessor(TikTokClient client, ListingPager pager, FetchGuard guard, Clock clock,
			Duration rescanOverlap) {
		this.client = client;
		this.pager = pager;
		this.guard = guard;
		this.clock = clock;
		this.rescanOverlap = rescanOverlap;
	}

	@Override
	public CreatorDiscovery process(DueCreator creator) {
		this.guard.ensureOpen();
		Instant at = this.clock.instant();
		FetchResult<Profile> result = this.client.fetchProfile(creator.handle());
		return switch (result) {
			case FetchResult.Ok<Profile> ok when ok.value().privateAccount() ->
				new CreatorDiscovery.Found(creator, ok.value(), List.of(), at);
			case FetchResult.Ok<Profile> ok -> new CreatorDiscovery.Found(creator, ok.value(), posts(creator, ok.value()), at);
			case FetchResult.Gone<Profile> gone -> new CreatorDiscovery.Unavailable(creator,
					(gone.reason() == FetchResult.GoneReason.PRIVATE) ? "private" : "not_found",
					FetchGuard.goneReason(gone), at);
			default -> throw this.guard.failure(result, ScrapeTarget.creator(creator.id(), creator.handle()));
		};
	}

	private List<Post> posts(DueCreator creator, Profile profile) {
		Instant start = creator.trackingStart();
		List<Post> listed = this.pager.postsBackTo(profile.secUid(), pagingBound(creator, start),
				ScrapeTarget.listing(creator.id(), creator.handle()));
		Set<String> seen = new HashSet<>();
		return listed.stream()
			.filter(post -> !post.createdAt().isBefore(start))
			.filter(post -> seen.add(post.id()))
			.toList();
	}

	// posts older than the previous discovery (less an overlap for late-indexed posts) were seen by it; a
	// requested discovery pages back to the start date, which may just have moved earlier
	private Instant pagingBound(DueCreator creator, Instant start) {
		Instant last = creator.lastDiscoveredAt();
		if (last == null || creator.requested()) {
			return start;
		}
		Instant seenBefore = last.minus(this.rescanOverlap);
		return seenBefore.isAfter(start) ? seenBefore : start;
	}

}
