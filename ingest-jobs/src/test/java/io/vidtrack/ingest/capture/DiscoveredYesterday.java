package io.vidtrack.ingest.capture;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.vidtrack.ingest.ControllableClient;
import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.FreshWorld;
import io.vidtrack.ingest.SlotRuns;
import io.vidtrack.ingest.TestDatabase;
import io.vidtrack.simulator.MutableClock;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimulatorServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.vidtrack.ingest.JobTestConfiguration.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capture job tests' starting point: three of the simulator's creators discovered at {@link #ORIGIN} in an
 * ultra org that captures daily, and the clock at {@link #NEXT_DAY}, when every video is due.
 */
abstract class DiscoveredYesterday {

	static final Instant NEXT_DAY = ORIGIN.plus(Duration.ofHours(25));

	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private FreshWorld world;

	@Autowired
	private Job discoverVideosJob;

	@Autowired
	protected Job captureStatsJob;

	@Autowired
	protected SimulatorServer simulator;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected ControllableClient client;

	protected final JdbcTemplate jdbc = TestDatabase.jdbc();

	protected final Fixtures fixtures = new Fixtures(this.jdbc);

	protected SlotRuns runs;

	protected long project;

	@BeforeEach
	void discoverYesterday() throws Exception {
		this.world.reset();
		this.project = this.fixtures.project(this.fixtures.org("ultra", 24, 24));
		for (int index : new int[] { 0, 1, 2 }) {
			this.fixtures.creator(this.project, simCreator(index).handle(), "auto",
					LocalDate.ofInstant(ORIGIN.minus(Duration.ofDays(6)), ZoneOffset.UTC));
		}
		this.runs = new SlotRuns(this.jobs);
		assertThat(this.runs.run(this.discoverVideosJob, ORIGIN).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.clock.set(NEXT_DAY);
		this.client.reset();
	}

	/** Snapshots per video id. */
	protected Map<Long, Integer> snapshotCounts() {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.query("select video_id, count(*) as n from stats_snapshots group by video_id",
				(rs) -> {
					counts.put(rs.getLong("video_id"), rs.getInt("n"));
				});
		return counts;
	}

	protected SimCreator simCreator(int index) {
		return this.simulator.population().creators().get(index);
	}

}
