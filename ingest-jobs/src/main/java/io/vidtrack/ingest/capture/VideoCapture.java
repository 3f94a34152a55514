package io.vidtrack.ingest.capture;

import java.time.Instant;

import io.vidtrack.ingest.support.StatsSnapshots.Snapshot;
import io.vidtrack.tiktok.PostStats;

/** What capturing one due video came to. */
sealed interface VideoCapture {

	DueVideo video();

	Instant at();

	record Captured(DueVideo video, PostStats stats, Instant at) implements VideoCapture {

		Snapshot snapshot() {
			return new Snapshot(this.video.id(), this.at, this.stats, this.video.firstCapture());
		}

	}

	/** TikTok says the post is deleted, private or unavailable; its history stays. */
	record Gone(DueVideo video, String availability, String reason, Instant at) implements VideoCapture {
	}

}
