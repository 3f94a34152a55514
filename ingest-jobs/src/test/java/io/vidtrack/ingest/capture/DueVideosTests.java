package io.vidtrack.ingest.capture;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.TestDatabase;
import io.vidtrack.ingest.support.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which videos a capture run takes, straight from the readers' SQL. */
class DueVideosTests {

	private static final Instant AS_OF = Instant.parse("2026-11-25T20:00:00Z");

	private final Fixtures fixtures = new Fixtures(TestDatabase.jdbc());

	@BeforeEach
	void clean() {
		TestDatabase.clean();
	}

	@Test
	void clampsTheOrgsFrequencyToThePlansFloor() {
		// given: both orgs ask for hourly stats; starter allows every 6 h, ultra every hour
		long starter = this.fixtures.project(this.fixtures.org("starter", 24, 1));
		long ultra = this.fixtures.project(this.fixtures.org("ultra", 24, 1));
		video(starter, "1", "auto_tracked", Duration.ofHours(2));
		long starterSixHoursAgo = video(starter, "2", "auto_tracked", Duration.ofHours(6));
		long ultraTwoHoursAgo = video(ultra, "3", "auto_tracked", Duration.ofHours(2));
		video(ultra, "4", "auto_tracked", Duration.ofMinutes(59));

		// when / then
		assertThat(due(Slot.scheduled(AS_OF))).containsExactly(starterSixHoursAgo, ultraTwoHoursAgo);
	}

	@Test
	void schedulesTheNextCaptureOneClampedIntervalAfterTheSlot() {
		// given: both orgs ask for hourly stats; starter allows every 6 h, ultra every hour
		long starter = this.fixtures.project(this.fixtures.org("starter", 24, 1));
		long ultra = this.fixtures.project(this.fixtures.org("ultra", 24, 1));
		video(starter, "1", "auto_tracked", null);
		video(ultra, "2", "auto_tracked", null);

		// when
		List<Instant> next = new NamedParameterJdbcTemplate(TestDatabase.dataSource())
			.query("select * from " + DueVideos.inRange(Slot.scheduled(AS_OF)) + " order by id",
					everyId(Slot.scheduled(AS_OF)), DueVideo.ROW_MAPPER)
			.stream()
			.map(DueVideo::nextCaptureAt)
			.toList();

		// then
		assertThat(next).containsExactly(AS_OF.plus(Duration.ofHours(6)), AS_OF.plus(Duration.ofHours(1)));
	}

	@Test
	void takesCountedAndPendingVideosButNotExcludedDisabledOrDeletedOnes() {
		// given
		long project = this.fixtures.project(this.fixtures.org("ultra", 1, 1));
		long auto = video(project, "1", "auto_tracked", null);
		long included = video(project, "2", "included", null);
		long direct = video(project, "3", "direct_add", null);
		long pending = video(project, "4", "pending_review", null);
		video(project, "5", "excluded", null);
		long disabled = video(project, "6", "auto_tracked", null);
		long deleted = video(project, "7", "auto_tracked", null);
		long hidden = video(project, "8", "auto_tracked", null);
		TestDatabase.jdbc().update("update videos set tracking_disabled = true where id = ?", disabled);
		TestDatabase.jdbc().update("update videos set availability = 'deleted' where id = ?", deleted);
		TestDatabase.jdbc().update("update videos set availability = 'private' where id = ?", hidden);

		// when / then
		assertThat(due(Slot.scheduled(AS_OF))).containsExactly(auto, included, direct, pending, hidden);
	}

	@Test
	void takesOnlyRequestedVideosInAManualSlot() {
		// given
		long project = this.fixtures.project(this.fixtures.org("free"));
		video(project, "1", "auto_tracked", Duration.ofDays(3));
		long refreshed = video(project, "2", "auto_tracked", Duration.ofMinutes(10));
		TestDatabase.jdbc().update("""
				update videos set capture_requested_at = ?, next_capture_at = '-infinity' where id = ?""",
				Timestamp.from(AS_OF), refreshed);

		// when / then
		assertThat(due(Slot.manual(AS_OF))).containsExactly(refreshed);
		assertThat(due(Slot.scheduled(AS_OF))).hasSize(2);
	}

	private long video(long project, String tiktokId, String status, Duration scrapedAgo) {
		return this.fixtures.video(project, null, tiktokId, status, AS_OF.minus(Duration.ofDays(30)),
				(scrapedAgo != null) ? AS_OF.minus(scrapedAgo) : null);
	}

	private List<Long> due(Slot slot) {
		return new NamedParameterJdbcTemplate(TestDatabase.dataSource())
			.queryForList("select id from " + DueVideos.inRange(slot) + " order by id", everyId(slot), Long.class);
	}

	private static Map<String, Object> everyId(Slot slot) {
		Map<String, Object> parameters = new HashMap<>(slot.queryParameters());
		parameters.put("firstId", 0L);
		parameters.put("lastId", Long.MAX_VALUE);
		return parameters;
	}

}
