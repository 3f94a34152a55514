package io.vidtrack.ingest.capture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import io.vidtrack.events.VidtrackEvent;
import io.vidtrack.ingest.support.CurrentJob;
import io.vidtrack.ingest.support.ScrapeFailure;
import io.vidtrack.ingest.support.ScrapeFailures;
import io.vidtrack.ingest.support.ScrapeTarget;
import io.vidtrack.ingest.support.Sql;
import io.vidtrack.ingest.support.StatsSnapshots;
import io.vidtrack.ingest.support.StatsSnapshots.Snapshot;
import io.vidtrack.ingest.support.Tracking;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.tiktok.Post;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Writes a chunk of captures in the chunk's transaction, each kind of row with one batched statement: the
 * snapshots, the videos' current counts and availability, the manual triggers served, the outbox rows and the
 * failure records of gone posts.
 */
class CaptureStore {

	// one statement for the whole chunk (arrays unnested): a capture answers any pending request, and a post
	// seen again is available again; timestamps travel as ISO-8601 text, the driver binds no timestamptz arrays.
	// Caption and posting time are kept once known (a video added by URL has none until its first capture);
	// the cover is refreshed, as TikTok's cover URLs expire.
	private static final String UPDATE_CAPTURED = """
			update videos v set view_count = c.views, like_count = c.likes, comment_count = c.comments,
				share_count = c.shares, save_count = c.saves, last_scraped_at = c.at::timestamptz,
				title = coalesce(v.title, c.title), thumbnail_url = coalesce(c.cover, v.thumbnail_url),
				posted_at = coalesce(v.posted_at, c.posted::timestamptz), is_photo = coalesce(c.photo, v.is_photo),
				capture_requested_at = null, next_capture_at = c.next::timestamptz, availability = 'available',
				unavailable_since = null, updated_at = now()
			from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::text[],
				?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[])
				as c(id, views, likes, comments, shares, saves, at, title, cover, posted, photo, next)
			where v.id = c.id""";

	// a private post is looked at again at the org's interval, like any other, not at every slot
	private static final String UPDATE_GONE = """
			update videos set availability = ?, unavailable_since = coalesce(unavailable_since, ?),
				capture_requested_at = null, next_capture_at = ?, updated_at = now()
			where id = ?""";

	// a key-share lock: a delete that comes after this waits for the chunk's commit (and then cascades the new
	// snapshots away with its video); one that came before leaves its video out of the answer
	private static final String LOCK_EXISTING = "select id from videos where id = any(?) for key share";

	private static final String SERVE_TRIGGERS = """
			update manual_scrape_triggers set captured_at = ?
			where captured_at is null and video_id = any(?)""";

	private final JdbcOperations jdbc;

	private final StatsSnapshots snapshots;

	private final OutboxWriter outbox;

	private final ScrapeFailures failures;

	CaptureStore(JdbcOperations jdbc, StatsSnapshots snapshots, OutboxWriter outbox, ScrapeFailures failures) {
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.outbox = outbox;
		this.failures = failures;
	}

	void write(List<? extends VideoCapture> chunk) {
		List<VideoCapture> captures = existing(chunk);
		List<VideoCapture.Captured> captured = new ArrayList<>();
		List<VideoCapture.Gone> gone = new ArrayList<>();
		List<VidtrackEvent> events = new ArrayList<>();
		List<ScrapeFailure> failed = new ArrayList<>();
		for (VideoCapture capture : captures) {
			DueVideo video = capture.video();
			switch (capture) {
				case VideoCapture.Captured hit -> {
					captured.add(hit);
					Instant postedAt = hit.newPostedAt();
					if (!Tracking.AVAILABLE.equals(video.availability()) || postedAt != null) {
						events.add(video.stateChanged(Tracking.AVAILABLE,
								(postedAt != null) ? postedAt : video.postedAt(), hit.at()));
					}
				}
				case VideoCapture.Gone miss -> {
					gone.add(miss);
					if (!miss.availability().equals(video.availability())) {
						events.add(video.stateChanged(miss.availability(), miss.at()));
					}
					failed.add(ScrapeTarget.video(video.id(), video.url()).failure("gone", miss.reason()));
				}
			}
		}
		List<Snapshot> snapshots = captured.stream().map(VideoCapture.Captured::snapshot).toList();
		this.snapshots.append(snapshots);
		updateCaptured(captured);
		updateGone(gone);
		serveTriggers(captured);
		snapshots.forEach((snapshot) -> events.add(snapshot.event()));
		this.outbox.append(events);
		this.failures.record(CurrentJob.executionId(), failed);
	}

	// A video deleted (through the API) while its page was being fetched is dropped, not written: its snapshot
	// would break the foreign key and fail the whole chunk, and its removal is already published.
	private List<VideoCapture> existing(List<? extends VideoCapture> captures) {
		if (captures.isEmpty()) {
			return List.of();
		}
		Set<Long> existing = new HashSet<>(this.jdbc.queryForList(LOCK_EXISTING, Long.class,
				(Object) captures.stream().map((capture) -> capture.video().id()).toArray(Long[]::new)));
		return captures.stream().filter((capture) -> existing.contains(capture.video().id()))
			.collect(Collectors.toList());
	}

	private void updateCaptured(List<VideoCapture.Captured> captured) {
		if (captured.isEmpty()) {
			return;
		}
		this.jdbc.update(UPDATE_CAPTURED, (statement) -> {
			statement.setObject(1, column(captured, (capture) -> capture.video().id(), Long[]::new));
			statement.setObject(2, column(captured, (capture) -> capture.stats().views(), Long[]::new));
			statement.setObject(3, column(captured, (capture) -> capture.stats().likes(), Long[]::new));
			statement.setObject(4, column(captured, (capture) -> capture.stats().comments(), Long[]::new));
			statement.setObject(5, column(captured, (capture) -> capture.stats().shares(), Long[]::new));
			statement.setObject(6, column(captured, (capture) -> capture.stats().saves(), Long[]::new));
			statement.setObject(7, column(captured, (capture) -> capture.at().toString(), String[]::new));
			statement.setObject(8, column(captured, (capture) -> postValue(capture, Post::caption), String[]::new));
			statement.setObject(9, column(captured, (capture) -> postValue(capture, Post::coverUrl), String[]::new));
			statement.setObject(10, column(captured,
					(capture) -> postValue(capture, (post) -> post.createdAt().toString()), String[]::new));
			statement.setObject(11, column(captured, (capture) -> postValue(capture, Post::photo), Boolean[]::new));
			statement.setObject(12,
					column(captured, (capture) -> capture.video().nextCaptureAt().toString(), String[]::new));
		});
	}

	private static <T> @Nullable T postValue(VideoCapture.Captured capture, Function<Post, T> value) {
		return (capture.post() != null) ? value.apply(capture.post()) : null;
	}

	private static <T> T[] column(List<VideoCapture.Captured> captured,
			Function<VideoCapture.Captured, ? extends T> value, IntFunction<T[]> array) {
		return captured.stream().map(value).toArray(array);
	}

	private void updateGone(List<VideoCapture.Gone> gone) {
		this.jdbc.batchUpdate(UPDATE_GONE, gone, gone.size(), (statement, miss) -> {
			statement.setString(1, miss.availability());
			Sql.setTimestamp(statement, 2, miss.at());
			Sql.setTimestamp(statement, 3, miss.video().nextCaptureAt());
			statement.setLong(4, miss.video().id());
		});
	}

	private void serveTriggers(List<VideoCapture.Captured> captured) {
		List<VideoCapture.Captured> requested = captured.stream()
			.filter((capture) -> capture.video().captureRequestedAt() != null)
			.toList();
		if (requested.isEmpty()) {
			return;
		}
		Long[] ids = requested.stream().map((capture) -> capture.video().id()).toArray(Long[]::new);
		this.jdbc.update(SERVE_TRIGGERS, (statement) -> {
			Sql.setTimestamp(statement, 1, requested.getFirst().at());
			statement.setObject(2, ids);
		});
	}

}
