package io.vidtrack.ingest.discovery;

import java.time.Instant;

import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.ingest.support.StatsSnapshots.Snapshot;
import io.vidtrack.ingest.support.Tracking;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.TikTokUrl;

/** A post found in a creator's listing that its project does not track yet. */
record NewVideo(DueCreator creator, Post post, Instant at) {

	Key key() {
		return new Key(this.creator.projectId(), this.post.id());
	}

	String url() {
		return new TikTokUrl.PostUrl(this.creator.handle(), this.post.id(), this.post.photo()).canonical();
	}

	String status() {
		return this.creator.newVideoStatus();
	}

	/** Listings carry stats, so a new video's first capture (its baseline) comes with it. */
	Snapshot baseline(long videoId) {
		return new Snapshot(videoId, this.at, this.post.stats(), true);
	}

	VideoStateChanged stateChanged(long videoId) {
		return new VideoStateChanged(videoId, this.creator.orgId(), this.creator.projectId(), this.creator.id(),
				this.post.id(), status(), false, Tracking.counted(status(), false), Tracking.AVAILABLE,
				this.post.createdAt(), this.creator.timezone(), this.at);
	}

	/** A TikTok video is tracked at most once per project. */
	record Key(long projectId, String tiktokVideoId) {
	}

}
