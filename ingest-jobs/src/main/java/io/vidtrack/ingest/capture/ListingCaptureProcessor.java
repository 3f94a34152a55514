package io.vidtrack.ingest.capture;

import java.time.Clock;
import java.time.Instant;

import io.vidtrack.ingest.support.ListingPager;
import io.vidtrack.ingest.support.ScrapeTarget;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reads a creator's listing back to its oldest due video: one call carries ~30 posts with their stats. */
class ListingCaptureProcessor implements ItemProcessor<ListingTarget, CreatorListing> {

	private final ListingPager pager;

	private final Clock clock;

	ListingCaptureProcessor(ListingPager pager, Clock clock) {
		this.pager = pager;
		this.clock = clock;
	}

	@Override
	public CreatorListing process(ListingTarget target) {
		Instant at = this.clock.instant();
		return new CreatorListing(target, this.pager.postsBackTo(target.secUid(), target.oldestPostedAt(),
				ScrapeTarget.listing(target.creatorId(), target.handle())), at);
	}

}
