package io.vidtrack.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.vidtrack.ingest.support.Slot;
import io.vidtrack.simulator.Fault;
import io.vidtrack.simulator.MutableClock;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimulatorConfig;
import io.vidtrack.simulator.SimulatorServer;
import io.vidtrack.tiktok.HttpTikTokClient;
import io.vidtrack.tiktok.TikTokClientSettings;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of discovery then capture against the in-process simulator, on this machine's cores. Not part of the
 * default run (the name does not end in Tests):
 * {@code mvn -pl ingest-jobs test -Dtest=CaptureThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}; add
 * {@code -DargLine="-Dbench.creators=300 -Dbench.concurrency=32 -Dbench.pages=true"} to vary it ({@code pages}
 * makes every listing fail, so each video is captured from its own page).
 */
@SpringBootTest(classes = { IngestJobsApplication.class, CaptureThroughputBench.Config.class },
		properties = { "vidtrack.ingest.schedule.enabled=false", "vidtrack.outbox.relay.enabled=false",
				"logging.level.org.springframework.batch=WARN" })
class CaptureThroughputBench {

	static final Instant ORIGIN = Instant.parse("2026-11-25T20:00:00Z");

	@Autowired
	private JobOperator operator;

	@Autowired
	private Job discoverVideosJob;

	@Autowired
	private Job captureStatsJob;

	@Autowired
	private SimulatorServer simulator;

	@Autowired
	private MutableClock clock;

	@Test
	void discoversAndCapturesEveryVideo() throws Exception {
		// given
		TestDatabase.clean();
		Fixtures fixtures = new Fixtures(TestDatabase.jdbc());
		long project = fixtures.project(fixtures.org("ultra"));
		for (SimCreator creator : this.simulator.population().creators()) {
			fixtures.creator(project, creator.handle(), "auto",
					LocalDate.ofInstant(ORIGIN.minus(Duration.ofDays(30)), ZoneOffset.UTC));
		}

		// when
		long t0 = System.nanoTime();
		JobExecution discovery = this.operator.start(this.discoverVideosJob, Slot.scheduled(ORIGIN).toJobParameters());
		long t1 = System.nanoTime();
		int videos = fixtures.count("select count(*) from videos");
		this.clock.set(ORIGIN.plus(Duration.ofHours(25)));
		if (Boolean.getBoolean("bench.pages")) {
			this.simulator.faults().failNext("/api/", Fault.MALFORMED_JSON, 1_000_000);
		}
		long t2 = System.nanoTime();
		JobExecution capture = this.operator.start(this.captureStatsJob,
				Slot.scheduled(this.clock.instant()).toJobParameters());
		long t3 = System.nanoTime();
		int snapshots = fixtures.count("select count(*) from stats_snapshots") - videos;

		// then
		System.out.printf("BENCH discovery: %d videos with baselines in %d ms = %.0f/s%n", videos,
				(t1 - t0) / 1_000_000, videos / ((t1 - t0) / 1e9));
		System.out.printf("BENCH capture: %d snapshots in %d ms = %.0f/s%n", snapshots, (t3 - t2) / 1_000_000,
				snapshots / ((t3 - t2) / 1e9));
		assertThat(discovery.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(capture.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(snapshots).isEqualTo(videos);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(ORIGIN);
		}

		@Bean(destroyMethod = "close")
		SimulatorServer simulatorServer(MutableClock clock) {
			return SimulatorServer.start(SimulatorConfig.defaults()
				.withCreators(Integer.getInteger("bench.creators", 300))
				.withPostEveryHours(6, 24)
				.withShares(0.15, 0, 0)
				.withClock(clock)
				.withOrigin(ORIGIN), 0);
		}

		@Bean(destroyMethod = "close")
		@Primary
		HttpTikTokClient benchClient(SimulatorServer simulator) {
			return new HttpTikTokClient(TikTokClientSettings.defaults(simulator.baseUrl())
				.withRateLimit(100_000, Integer.getInteger("bench.concurrency", 32))
				.withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5)));
		}

		@Bean
		DataSource dataSource() {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl(TestDatabase.jdbcUrl());
			dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
			dataSource.setMaximumPoolSize(10);
			return dataSource;
		}

	}

}
