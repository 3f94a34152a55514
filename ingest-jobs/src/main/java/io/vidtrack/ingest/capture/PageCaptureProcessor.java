package io.vidtrack.ingest.capture;

import java.time.Clock;
import java.time.Instant;

import io.vidtrack.ingest.support.FetchGuard;
import io.vidtrack.ingest.support.ScrapeTarget;
import io.vidtrack.tiktok.FetchResult;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.TikTokClient;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Captures a video from its own page: the fallback for direct adds, older videos and videos a listing did not
 * show. A gone post becomes a {@link VideoCapture.Gone}; other failures are skipped and recorded.
 */
class PageCaptureProcessor implements ItemProcessor<DueVideo, VideoCapture> {

	private final TikTokClient client;

	private final FetchGuard guard;

	private final Clock clock;

	PageCaptureProcessor(TikTokClient client, FetchGuard guard, Clock clock) {
		this.client = client;
		this.guard = guard;
		this.clock = clock;
	}

	@Override
	public VideoCapture process(DueVideo video) {
		this.guard.ensureOpen();
		Instant at = this.clock.instant();
		FetchResult<Post> result = this.client.fetchPost(video.handle(), video.tiktokVideoId());
		return switch (result) {
			case FetchResult.Ok<Post> ok -> new VideoCapture.Captured(video, ok.value().stats(), at, ok.value());
			case FetchResult.Gone<Post> gone ->
				new VideoCapture.Gone(video, availability(gone.reason()), FetchGuard.goneReason(gone), at);
			default -> throw this.guard.failure(result, ScrapeTarget.video(video.id(), video.url()));
		};
	}

	// a post that is not found any more was deleted, as far as anyone outside TikTok can tell
	static String availability(FetchResult.GoneReason reason) {
		return switch (reason) {
			case NOT_FOUND, DELETED -> "deleted";
			case PRIVATE -> "private";
			case UNAVAILABLE -> "unavailable";
		};
	}

}
