package io.vidtrack.ingest.capture;

import java.time.Instant;

import io.vidtrack.ingest.support.StatsSnapshots.Snapshot;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.PostStats;
import org.jspecify.annotations.Nullable;

/** What capturing one due video came to. */
sealed interface VideoCapture {

	DueVideo video();

	Instant at();

	/**
	 * The post's stats, and the post itself when the source showed it: a video added by URL learns its caption,
	 * cover, posting time and kind from its first capture.
	 */
	record Captured(DueVideo video, PostStats stats, Instant at, @Nullable Post post) implements VideoCapture {

		Captured(DueVideo video, PostStats stats, Instant at) {
			this(video, stats, at, null);
		}

		/** A posting time the video row lacks and the capture tells: its state event must carry it. */
		@Nullable Instant newPostedAt() {
			return (this.video.postedAt() == null && this.post != null) ? this.post.createdAt() : null;
		}

		Snapshot snapshot() {
			return new Snapshot(this.video.id(), this.at, this.stats, this.video.firstCapture());
		}

	}

	/** TikTok says the post is deleted, private or unavailable; its history stays. */
	record Gone(DueVideo video, String availability, String reason, Instant at) implements VideoCapture {
	}

}
