package io.vidtrack.ingest.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vidtrack.ingest.support.Slot;
import io.vidtrack.tiktok.Post;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Matches a chunk's listings against the videos of those creators that are due (one query per chunk, evaluated
 * in the chunk's transaction, so a video captured by an earlier attempt is not due any more) and writes a
 * capture for each one found. Due videos a listing did not show are left to the page step.
 */
class ListingCaptureWriter implements ItemWriter<CreatorListing> {

	private final NamedParameterJdbcOperations jdbc;

	private final CaptureStore store;

	private final Slot slot;

	ListingCaptureWriter(NamedParameterJdbcOperations jdbc, CaptureStore store, Slot slot) {
		this.jdbc = jdbc;
		this.store = store;
		this.slot = slot;
	}

	@Override
	public void write(Chunk<? extends CreatorListing> chunk) {
		List<Long> creatorIds = chunk.getItems().stream().map((listing) -> listing.target().creatorId()).toList();
		if (creatorIds.isEmpty()) {
			return;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource(this.slot.queryParameters())
			.addValue("creatorIds", creatorIds);
		Map<VideoKey, DueVideo> due = new HashMap<>();
		for (DueVideo video : this.jdbc.query(DueVideos.ofCreators(this.slot), parameters, DueVideo.ROW_MAPPER)) {
			due.put(new VideoKey(video.creatorId(), video.tiktokVideoId()), video);
		}
		List<VideoCapture> captures = new ArrayList<>();
		for (CreatorListing listing : chunk.getItems()) {
			for (Post post : listing.posts()) {
				DueVideo video = due.remove(new VideoKey(listing.target().creatorId(), post.id()));
				if (video != null) {
					captures.add(new VideoCapture.Captured(video, post.stats(), listing.at(), post));
				}
			}
		}
		this.store.write(captures);
	}

	private record VideoKey(Long creatorId, String tiktokVideoId) {
	}

}
