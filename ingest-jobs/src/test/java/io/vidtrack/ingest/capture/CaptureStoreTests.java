package io.vidtrack.ingest.capture;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.TestDatabase;
import io.vidtrack.ingest.support.ScrapeFailures;
import io.vidtrack.ingest.support.StatsSnapshots;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.tiktok.Post;
import io.vidtrack.tiktok.PostStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The capture writer against the real schema, without Spring. */
class CaptureStoreTests {

	private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

	// the slot's instant plus the org's interval, as the due query computes it
	private static final Instant NEXT = Instant.parse("2026-11-26T20:00:00Z");

	private final JdbcTemplate jdbc = TestDatabase.jdbc();

	private final Fixtures fixtures = new Fixtures(this.jdbc);

	private final CaptureStore store = new CaptureStore(this.jdbc, new StatsSnapshots(this.jdbc),
			new OutboxWriter(this.jdbc), new ScrapeFailures(this.jdbc));

	private long org;

	private long project;

	@BeforeEach
	void clean() {
		TestDatabase.clean();
		this.org = this.fixtures.org("free");
		this.project = this.fixtures.project(this.org);
	}

	@Test
	void appendsASnapshotUpdatesTheCountsAndServesTheRequest() {
		// given
		long id = this.fixtures.video(this.project, null, "7301", "direct_add", null, null);
		this.jdbc.update("update videos set capture_requested_at = ? where id = ?", Timestamp.from(NOW), id);
		this.jdbc.update("insert into manual_scrape_triggers (org_id, video_id) values (?, ?)", this.org, id);
		DueVideo video = due(id, "7301", null, "available", NOW);

		// when
		this.store.write(List.of(new VideoCapture.Captured(video, new PostStats(null, 20, 3, 2, 1), NOW)));

		// then
		assertThat(this.fixtures.rows("select * from stats_snapshots")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("views", null).containsEntry("likes", 20L));
		assertThat(this.fixtures.rows("select * from videos").getFirst()).containsEntry("like_count", 20L)
			.containsEntry("capture_requested_at", null)
			.containsEntry("last_scraped_at", Timestamp.from(NOW))
			.containsEntry("next_capture_at", Timestamp.from(NEXT));
		assertThat(this.fixtures.count("select count(*) from manual_scrape_triggers where captured_at is not null"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select payload from outbox", String.class))
			.contains("\"videoId\":" + id)
			.contains("\"baseline\":true");
	}

	@Test
	void aVideoDeletedWhileItsPageWasFetchedIsLeftOutAndTheRestOfTheChunkIsWritten() {
		// given two due videos, one deleted (through the API) after the chunk read it
		long kept = this.fixtures.video(this.project, null, "7311", "direct_add", null, null);
		long deleted = this.fixtures.video(this.project, null, "7312", "direct_add", null, null);
		DueVideo keptVideo = due(kept, "7311", null, "available", NOW);
		DueVideo deletedVideo = due(deleted, "7312", null, "available", NOW);
		this.jdbc.update("delete from videos where id = ?", deleted);

		// when
		this.store.write(List.of(new VideoCapture.Captured(keptVideo, new PostStats(100L, 20, 3, 2, 1), NOW),
				new VideoCapture.Captured(deletedVideo, new PostStats(200L, 40, 6, 4, 2), NOW)));

		// then
		assertThat(this.jdbc.queryForList("select video_id from stats_snapshots", Long.class)).containsExactly(kept);
		assertThat(this.jdbc.queryForList("select payload from outbox", String.class)).singleElement()
			.asString()
			.contains("\"videoId\":" + kept);
	}

	@Test
	void aVideoAddedByUrlLearnsItsCaptionCoverAndPostingTimeFromItsFirstCapture() {
		// given a direct add, which knows only its URL
		long id = this.fixtures.video(this.project, null, "7302", "direct_add", null, null);
		DueVideo video = due(id, "7302", null, "available", NOW);
		Instant posted = NOW.minusSeconds(3 * 86400);
		Post post = new Post("7302", "someone", null, "a caption #tag", posted, "https://cdn.example/cover.jpg", true,
				new PostStats(null, 5, 1, 0, 0));

		// when
		this.store.write(List.of(new VideoCapture.Captured(video, post.stats(), NOW, post)));

		// then
		assertThat(this.fixtures.rows("select * from videos").getFirst()).containsEntry("title", "a caption #tag")
			.containsEntry("thumbnail_url", "https://cdn.example/cover.jpg")
			.containsEntry("posted_at", Timestamp.from(posted))
			.containsEntry("is_photo", true);
		assertThat(this.jdbc.queryForList("select payload from outbox where topic = 'vidtrack.video-state'",
				String.class))
			.singleElement()
			.asString()
			.contains("\"postedAt\":\"" + posted + "\"");
	}

	@Test
	void marksAGonePostKeepsItsHistoryAndRecordsItAndLooksAgainAtTheNextInterval() {
		// given
		long id = this.fixtures.video(this.project, null, "7301", "auto_tracked", null, NOW.minusSeconds(86400));
		this.fixtures.snapshot(id, NOW.minusSeconds(86400), 500);
		DueVideo video = due(id, "7301", NOW.minusSeconds(86400), "available", null);

		// when
		this.store.write(List.of(new VideoCapture.Gone(video, "deleted", "deleted (statusCode 10204)", NOW)));

		// then
		assertThat(this.fixtures.rows("select availability, unavailable_since, next_capture_at from videos").getFirst())
			.containsEntry("availability", "deleted")
			.containsEntry("unavailable_since", Timestamp.from(NOW))
			.containsEntry("next_capture_at", Timestamp.from(NEXT));
		assertThat(this.fixtures.count("select count(*) from stats_snapshots")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select payload from outbox", String.class))
			.contains("\"availability\":\"deleted\"");
		assertThat(this.fixtures.rows("select outcome, reason from scrape_failures").getFirst())
			.containsEntry("outcome", "gone")
			.containsEntry("reason", "deleted (statusCode 10204)");
	}

	@Test
	void writesNoEventWithoutItsSnapshot() {
		// given
		long id = this.fixtures.video(this.project, null, "7301", "auto_tracked", null, null);
		DueVideo video = due(id, "7301", null, "available", null);
		TransactionTemplate transaction = new TransactionTemplate(
				new DataSourceTransactionManager(TestDatabase.dataSource()));

		// when
		assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult((status) -> {
			this.store.write(List.of(new VideoCapture.Captured(video, new PostStats(1L, 1, 1, 1, 1), NOW)));
			throw new IllegalStateException("the chunk fails after writing");
		}));

		// then
		assertThat(this.fixtures.count("select count(*) from stats_snapshots")).isZero();
		assertThat(this.fixtures.count("select count(*) from outbox")).isZero();
		assertThat(this.fixtures.rows("select last_scraped_at from videos").getFirst())
			.containsEntry("last_scraped_at", null);
	}

	private DueVideo due(long id, String tiktokId, Instant lastScraped, String availability, Instant requested) {
		return new DueVideo(id, this.org, this.project, null, tiktokId, "https://www.tiktok.com/@someone/video/" + tiktokId,
				"someone", "auto_tracked", false, availability, null, "UTC", lastScraped, requested, NEXT);
	}

}
