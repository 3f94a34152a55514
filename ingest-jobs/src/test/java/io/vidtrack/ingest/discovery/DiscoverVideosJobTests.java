package io.vidtrack.ingest.discovery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.FreshWorld;
import io.vidtrack.ingest.IngestJobsTest;
import io.vidtrack.ingest.TestDatabase;
import io.vidtrack.ingest.support.Slot;
import io.vidtrack.simulator.MutableClock;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimPost;
import io.vidtrack.simulator.SimStats;
import io.vidtrack.simulator.SimulatorServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.vidtrack.ingest.JobTestConfiguration.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

@IngestJobsTest
class DiscoverVideosJobTests {

	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private FreshWorld world;

	@Autowired
	private Job discoverVideosJob;

	@Autowired
	private SimulatorServer simulator;

	@Autowired
	private MutableClock clock;

	private final JdbcTemplate jdbc = TestDatabase.jdbc();

	private final Fixtures fixtures = new Fixtures(this.jdbc);

	@BeforeEach
	void reset() {
		this.world.reset();
		this.jobs.setJob(this.discoverVideosJob);
	}

	@Test
	void tracksAnAutoCreatorsVideosAndSendsASelectiveCreatorsToTheInbox() throws Exception {
		// given
		long project = this.fixtures.project(this.fixtures.org("ultra"));
		SimCreator auto = simCreator(0);
		SimCreator selective = simCreator(1);
		this.fixtures.creator(project, auto.handle(), "auto", daysBefore(10));
		this.fixtures.creator(project, selective.handle(), "selective", daysBefore(10));

		// when
		BatchStatus status = run(ORIGIN);

		// then
		assertThat(status).isEqualTo(BatchStatus.COMPLETED);
		assertThat(statuses(auto)).isNotEmpty().containsOnly("auto_tracked");
		assertThat(statuses(selective)).isNotEmpty().containsOnly("pending_review");
	}

	@Test
	void addsEveryPostFromTheTrackingStartDateOnWithItsBaselineAndNothingOlder() throws Exception {
		// given
		long project = this.fixtures.project(this.fixtures.org("ultra"));
		SimCreator creator = simCreator(2);
		LocalDate start = daysBefore(6);
		this.fixtures.creator(project, creator.handle(), "auto", start);
		Instant startInstant = start.atStartOfDay(ZoneOffset.UTC).toInstant();
		List<SimPost> expected = this.simulator.population()
			.postsOf(creator, ORIGIN)
			.stream()
			.filter((post) -> !post.createdAt().isBefore(startInstant))
			.toList();

		// when
		run(ORIGIN);

		// then
		assertThat(this.jdbc.queryForList("select tiktok_video_id from videos", String.class))
			.containsExactlyInAnyOrderElementsOf(expected.stream().map(SimPost::id).toList());
		assertThat(this.fixtures.count("select count(*) from videos where posted_at < ?",
				java.sql.Timestamp.from(startInstant)))
			.isZero();
		SimPost newest = expected.getFirst();
		SimStats stats = this.simulator.population().statsAt(newest, ORIGIN);
		assertThat(this.fixtures.rows("""
				select s.views, s.likes, s.saves from stats_snapshots s join videos v on v.id = s.video_id
				where v.tiktok_video_id = ?""", newest.id()))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("views", stats.views())
				.containsEntry("likes", stats.likes())
				.containsEntry("saves", stats.saves()));
	}

	@Test
	void addsNoDuplicateWhenRunAgainButTracksTheSameVideoInAnotherProject() throws Exception {
		// given
		long org = this.fixtures.org("ultra");
		long first = this.fixtures.project(org);
		long second = this.fixtures.project(org);
		SimCreator creator = simCreator(3);
		this.fixtures.creator(first, creator.handle(), "auto", daysBefore(8));
		run(ORIGIN);
		int firstProjectVideos = this.fixtures.count("select count(*) from videos where project_id = ?", first);
		this.fixtures.creator(second, creator.handle(), "auto", daysBefore(8));
		this.jdbc.update("update creators set discovery_requested_at = now()");
		this.clock.advance(Duration.ofMinutes(5));

		// when
		run(this.clock.instant());

		// then
		assertThat(firstProjectVideos).isPositive();
		assertThat(this.fixtures.count("select count(*) from videos where project_id = ?", first))
			.isEqualTo(firstProjectVideos);
		assertThat(this.fixtures.count("select count(*) from videos where project_id = ?", second))
			.isEqualTo(firstProjectVideos);
		assertThat(this.fixtures.count("select count(*) from stats_snapshots")).isEqualTo(2 * firstProjectVideos);
	}

	@Test
	void writesAnOutboxRowForEveryVideoAndSnapshot() throws Exception {
		// given
		long project = this.fixtures.project(this.fixtures.org("ultra"));
		this.fixtures.creator(project, simCreator(0).handle(), "auto", daysBefore(10));
		this.fixtures.creator(project, simCreator(4).handle(), "selective", daysBefore(10));

		// when
		run(ORIGIN);

		// then
		assertThat(keys("vidtrack.video-state")).containsExactlyInAnyOrderElementsOf(
				this.jdbc.queryForList("select id::text from videos", String.class));
		assertThat(keys("vidtrack.video-snapshots")).containsExactlyInAnyOrderElementsOf(
				this.jdbc.queryForList("select video_id::text from stats_snapshots", String.class));
		assertThat(keys("vidtrack.creator-snapshots")).containsExactlyInAnyOrderElementsOf(
				this.jdbc.queryForList("select creator_id::text from creator_snapshots", String.class));
	}

	// not a JobExecution: @SpringBatchTest would take a method returning one for a job scope factory
	private BatchStatus run(Instant slot) throws Exception {
		return this.jobs.startJob(Slot.scheduled(slot).toJobParameters()).getStatus();
	}

	private List<String> keys(String topic) {
		return this.jdbc.queryForList("select message_key from outbox where topic = ?", String.class, topic);
	}

	private List<String> statuses(SimCreator creator) {
		return this.jdbc.queryForList("""
				select v.tracking_status from videos v join creators c on c.id = v.creator_id
				where c.tiktok_handle = ?""", String.class, creator.handle());
	}

	private SimCreator simCreator(int index) {
		return this.simulator.population().creators().get(index);
	}

	private static LocalDate daysBefore(int days) {
		return LocalDate.ofInstant(ORIGIN.minus(Duration.ofDays(days)), ZoneOffset.UTC);
	}

}
