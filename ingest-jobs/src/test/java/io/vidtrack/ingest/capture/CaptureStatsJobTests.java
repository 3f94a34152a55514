package io.vidtrack.ingest.capture;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.vidtrack.ingest.IngestJobsTest;
import io.vidtrack.ingest.SlotRuns;
import io.vidtrack.simulator.Fault;
import io.vidtrack.simulator.SimPost;
import io.vidtrack.simulator.SimStats;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.step.StepExecution;

import static io.vidtrack.ingest.JobTestConfiguration.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IngestJobsTest
class CaptureStatsJobTests extends DiscoveredYesterday {

	@Test
	void appendsOneSnapshotPerDueVideoWithTheCountsOfThatInstant() throws Exception {
		// given: one excluded, one disabled and one captured an hour ago; a direct add never captured
		List<Long> ids = this.jdbc.queryForList("select id from videos order by id", Long.class);
		long excluded = ids.get(0);
		long disabled = ids.get(1);
		long fresh = ids.get(2);
		this.jdbc.update("update videos set tracking_status = 'excluded' where id = ?", excluded);
		this.jdbc.update("update videos set tracking_disabled = true where id = ?", disabled);
		this.jdbc.update("update videos set last_scraped_at = ?, next_capture_at = ? where id = ?",
				Timestamp.from(NEXT_DAY.minus(Duration.ofHours(1))),
				Timestamp.from(NEXT_DAY.plus(Duration.ofHours(23))), fresh);
		SimPost old = this.simulator.population().postsOf(simCreator(3), ORIGIN).getLast();
		long direct = this.fixtures.video(this.project, null, old.id(), "direct_add", null, null);
		this.jdbc.update("update videos set url = ? where id = ?",
				"https://www.tiktok.com/@" + simCreator(3).handle() + "/video/" + old.id(), direct);

		// when
		JobExecution execution = this.runs.run(this.captureStatsJob, NEXT_DAY);

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<Long, Integer> snapshots = snapshotCounts();
		ids.stream()
			.filter((id) -> id != excluded && id != disabled && id != fresh)
			.forEach((id) -> assertThat(snapshots.get(id)).as("snapshots of video %d", id).isEqualTo(2));
		assertThat(snapshots.get(excluded)).isEqualTo(1);
		assertThat(snapshots.get(disabled)).isEqualTo(1);
		assertThat(snapshots.get(fresh)).isEqualTo(1);
		assertThat(snapshots.get(direct)).isEqualTo(1);
		for (Map<String, Object> row : this.fixtures.rows("""
				select v.tiktok_video_id, s.views, s.likes, s.comments, s.shares, s.saves
				from stats_snapshots s join videos v on v.id = s.video_id where s.captured_at = ?""",
				Timestamp.from(NEXT_DAY))) {
			SimPost post = this.simulator.population().post((String) row.get("tiktok_video_id")).orElseThrow();
			SimStats stats = this.simulator.population().statsAt(post, NEXT_DAY);
			assertThat(row).containsEntry("views", stats.views())
				.containsEntry("likes", stats.likes())
				.containsEntry("comments", stats.comments())
				.containsEntry("shares", stats.shares())
				.containsEntry("saves", stats.saves());
		}
		assertThat(SlotRuns.step(execution, "captureFromListingsStep").getWriteCount()).isEqualTo(3);
		assertThat(SlotRuns.step(execution, "captureFromPagesStep").getWriteCount()).isEqualTo(1);
	}

	@Test
	void skipsAndRecordsAPageThatCannotBeParsedAndCompletes() throws Exception {
		// given
		SimPost old = this.simulator.population().postsOf(simCreator(3), ORIGIN).getLast();
		long direct = directAdd(old);
		this.simulator.faults().setPostFault(old.id(), Fault.MALFORMED_JSON);

		// when
		JobExecution execution = this.runs.run(this.captureStatsJob, NEXT_DAY);

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(SlotRuns.step(execution, "captureFromPagesStep").getProcessSkipCount()).isEqualTo(1);
		assertThat(this.fixtures.rows("select * from scrape_failures")).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("target_type", "video")
				.containsEntry("target_id", direct)
				.containsEntry("outcome", "layout_changed")
				.containsEntry("job_execution_id", execution.getId());
			assertThat((String) row.get("reason")).isNotBlank();
		});
		assertThat(snapshotCounts()).doesNotContainKey(direct);
	}

	@Test
	void marksADeletedVideoAndKeepsItsHistory() throws Exception {
		// given
		long video = this.jdbc.queryForObject("select min(id) from videos", Long.class);
		String tiktokId = this.jdbc.queryForObject("select tiktok_video_id from videos where id = ?", String.class,
				video);
		this.simulator.faults().markDeleted(tiktokId);

		// when
		JobExecution execution = this.runs.run(this.captureStatsJob, NEXT_DAY);

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.fixtures.rows("select availability, unavailable_since from videos where id = ?", video))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("availability", "deleted")
				.containsEntry("unavailable_since", Timestamp.from(NEXT_DAY)));
		assertThat(snapshotCounts().get(video)).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select payload from outbox where topic = 'vidtrack.video-state' "
				+ "and message_key = ? order by id", String.class, Long.toString(video)))
			.last()
			.asString()
			.contains("\"availability\":\"deleted\"");
	}

	@Test
	void stopsAtACaptchaWallWithAClearDescriptionAfterFewRequests() throws Exception {
		// given: listings cannot be read, so the videos go to their pages, which show a captcha
		this.simulator.faults().failNext("/api/", Fault.MALFORMED_JSON, 1000);
		this.simulator.faults().failNext("/@", Fault.CAPTCHA, 1000);

		// when
		JobExecution execution = this.runs.run(this.captureStatsJob, NEXT_DAY);

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getExitStatus().getExitDescription())
			.startsWith("blocked by TikTok (")
			.endsWith("): stopped after 0 items");
		assertThat(this.client.postPageCalls()).isPositive().isLessThanOrEqualTo(4);
		assertThat(SlotRuns.step(execution, "captureFromPagesStep").getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.fixtures.count("select count(*) from stats_snapshots where captured_at = ?",
				Timestamp.from(NEXT_DAY))).isZero();
	}

	@Test
	void stopsWhenTheListingEndpointShowsACaptchaWall() throws Exception {
		// given
		this.simulator.faults().failNext("/api/", Fault.CAPTCHA, 1000);

		// when
		JobExecution execution = this.runs.run(this.captureStatsJob, NEXT_DAY);

		// then: no page is fetched once the wall is seen
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getExitStatus().getExitDescription()).startsWith("blocked by TikTok (");
		assertThat(SlotRuns.step(execution, "captureFromListingsStep").getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.client.postPageCalls()).isZero();
		assertThat(this.fixtures.count("select count(*) from stats_snapshots where captured_at = ?",
				Timestamp.from(NEXT_DAY))).isZero();
	}

	@Test
	void restartsAFailedRunFromItsLastCommittedChunkWithoutDoubleSnapshots() throws Exception {
		// given: listings fail, so every video goes through pages; pages break after two chunks of four
		this.simulator.faults().failNext("/api/", Fault.MALFORMED_JSON, 1000);
		int due = this.fixtures.count("select count(*) from videos");
		this.client.blockPostPagesAfter(8);
		JobExecution failed = this.runs.run(this.captureStatsJob, NEXT_DAY);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		StepExecution failedPages = SlotRuns.step(failed, "captureFromPagesStep");
		assertThat(failedPages.getWriteCount()).isEqualTo(8);
		long eighth = this.jdbc.queryForObject("select id from videos order by id offset 7 limit 1", Long.class);
		StepExecution failedRange = SlotRuns.step(failed, "captureFromPageRangeStep:ids0");
		assertThat(failedRange.getExecutionContext().get("dueVideos.start.after"))
			.as("the reader's committed keyset position")
			.isEqualTo(Map.of("id", eighth));
		this.client.blockPostPagesAfter(Integer.MAX_VALUE);

		// when
		JobExecution restarted = this.runs.run(this.captureStatsJob, NEXT_DAY);

		// then
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(SlotRuns.step(restarted, "captureFromPagesStep").getReadCount()).isEqualTo(due - 8);
		assertThat(snapshotCounts().values()).hasSize(due).containsOnly(2);
	}

	@Test
	void capturesASlotOnceWhenItIsStartedTwice() throws Exception {
		// given
		this.runs.run(this.captureStatsJob, NEXT_DAY);
		int snapshots = this.fixtures.count("select count(*) from stats_snapshots");
		this.clock.advance(Duration.ofHours(30));

		// when / then
		assertThatExceptionOfType(JobInstanceAlreadyCompleteException.class).isThrownBy(() -> this.runs.run(this.captureStatsJob, NEXT_DAY));
		assertThat(this.fixtures.count("select count(*) from stats_snapshots")).isEqualTo(snapshots);
	}

	@Test
	void capturesADailyVideoInTheSameSlotEveryDayThoughEachRunEndsAfterItsSlot() throws Exception {
		// given: the org captures daily, and the day's run captures seven minutes after its slot
		this.clock.set(NEXT_DAY.plus(Duration.ofMinutes(7)));
		this.runs.run(this.captureStatsJob, NEXT_DAY);
		Instant dayAfter = NEXT_DAY.plus(Duration.ofDays(1));
		this.clock.set(dayAfter.plus(Duration.ofMinutes(7)));

		// when
		JobExecution execution = this.runs.run(this.captureStatsJob, dayAfter);

		// then: the baseline and one snapshot a day, the second in the same slot, not an hour later
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(snapshotCounts().values()).isNotEmpty().containsOnly(3);
	}

	@Test
	void writesAnOutboxRowForEverySnapshot() throws Exception {
		// when
		this.runs.run(this.captureStatsJob, NEXT_DAY);

		// then
		assertThat(this.jdbc.queryForList("select message_key from outbox where topic = 'vidtrack.video-snapshots'",
				String.class))
			.containsExactlyInAnyOrderElementsOf(
					this.jdbc.queryForList("select video_id::text from stats_snapshots", String.class));
		assertThat(this.jdbc.queryForList("""
				select payload from outbox where topic = 'vidtrack.video-snapshots' and payload like '%"baseline":false%'
				""", String.class)).hasSize(this.fixtures.count("select count(*) from videos"));
	}

	private long directAdd(SimPost post) {
		long id = this.fixtures.video(this.project, null, post.id(), "direct_add", null, null);
		this.jdbc.update("update videos set url = ? where id = ?",
				"https://www.tiktok.com/@" + post.creator().handle() + "/video/" + post.id(), id);
		return id;
	}

}
