package io.vidtrack.ingest.prune;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.IngestJobsTest;
import io.vidtrack.ingest.SlotRuns;
import io.vidtrack.ingest.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IngestJobsTest
class PruneHistoryJobTests {

	private static final Instant AS_OF = Instant.parse("2026-11-26T03:30:00Z");

	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private JobRepositoryTestUtils repository;

	@Autowired
	private Job pruneHistoryJob;

	private final JdbcTemplate jdbc = TestDatabase.jdbc();

	private final Fixtures fixtures = new Fixtures(this.jdbc);

	@BeforeEach
	void clean() {
		this.repository.removeJobExecutions();
		TestDatabase.clean();
	}

	@Test
	void keepsEachVideosAnchorAndTheTotalsAndLeavesUnlimitedPlansAlone() throws Exception {
		// given: the free plan keeps 30 days, ultra keeps everything
		long free = this.fixtures.project(this.fixtures.org("free"));
		long ultra = this.fixtures.project(this.fixtures.org("ultra"));
		long pruned = video(free, "1", 40, 35, 31, 29, 1);
		long anchorOnly = video(free, "2", 40);
		long unlimited = video(ultra, "3", 400, 300, 1);
		List<Long> totalsBefore = totals();

		// when
		JobExecution execution = new SlotRuns(this.jobs).run(this.pruneHistoryJob, AS_OF);

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ages(pruned)).containsExactly(31L, 29L, 1L);
		assertThat(ages(anchorOnly)).containsExactly(40L);
		assertThat(ages(unlimited)).containsExactly(400L, 300L, 1L);
		assertThat(totals()).isEqualTo(totalsBefore);
		assertThat(SlotRuns.step(execution, "pruneHistoryStep").getWriteCount()).isEqualTo(1);
	}

	@Test
	void prunesEveryVideoAcrossChunks() throws Exception {
		// given: five videos, chunks of two
		long free = this.fixtures.project(this.fixtures.org("free"));
		List<Long> videos = List.of(video(free, "1", 50, 40, 2), video(free, "2", 50, 40, 2), video(free, "3", 50, 40, 2),
				video(free, "4", 50, 40, 2), video(free, "5", 50, 40, 2));

		// when
		new SlotRuns(this.jobs).run(this.pruneHistoryJob, AS_OF);

		// then
		videos.forEach((video) -> assertThat(ages(video)).containsExactly(40L, 2L));
	}

	private long video(long project, String tiktokId, long... daysAgo) {
		long video = this.fixtures.video(project, null, tiktokId, "auto_tracked", null, AS_OF);
		this.jdbc.update("update videos set view_count = ?, like_count = 7 where id = ?", 1000 + video, video);
		for (long days : daysAgo) {
			this.fixtures.snapshot(video, AS_OF.minus(Duration.ofDays(days)), days);
		}
		return video;
	}

	// the fixture stores each snapshot's age in days as its views
	private List<Long> ages(long video) {
		return this.jdbc.queryForList("select views from stats_snapshots where video_id = ? order by captured_at",
				Long.class, video);
	}

	private List<Long> totals() {
		return this.jdbc.queryForList("select view_count + like_count from videos order by id", Long.class);
	}

}
