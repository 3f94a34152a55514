package io.vidtrack.ingest;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.vidtrack.simulator.MutableClock;
import io.vidtrack.simulator.SimulatorConfig;
import io.vidtrack.simulator.SimulatorServer;
import io.vidtrack.tiktok.HttpTikTokClient;
import io.vidtrack.tiktok.TikTokClientSettings;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The job tests' world: the embedded database, a simulator on a free port whose clock is the jobs' clock, and
 * the client pointed at it. One context serves every job test class.
 */
@TestConfiguration(proxyBeanMethods = false)
public class JobTestConfiguration {

	/** The simulator's origin: its history ends here and the tests' clock starts here. */
	public static final Instant ORIGIN = Instant.parse("2026-11-25T20:00:00Z");

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(ORIGIN);
	}

	@Bean(destroyMethod = "close")
	SimulatorServer simulatorServer(MutableClock clock) {
		// no random deleted or private posts: the tests delete and hide posts themselves
		SimulatorConfig config = SimulatorConfig.defaults()
			.withCreators(6)
			.withShares(0.15, 0, 0)
			.withClock(clock)
			.withOrigin(ORIGIN);
		return SimulatorServer.start(config, 0);
	}

	// the production client against the simulator, quick to retry; no blocked cool-down, so that one test's
	// captcha cannot leak into the next: the job's own guard is what must stop the fetching
	@Bean(destroyMethod = "close")
	HttpTikTokClient simulatorClient(SimulatorServer simulator) {
		return new HttpTikTokClient(TikTokClientSettings.defaults(simulator.baseUrl())
			.withRateLimit(1000, 16)
			.withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5))
			.withBlockedCooldown(Duration.ZERO));
	}

	@Bean
	@Primary
	ControllableClient controllableClient(HttpTikTokClient simulatorClient) {
		return new ControllableClient(simulatorClient);
	}

	// from the repository itself: not every class on this configuration is a @SpringBatchTest
	@Bean
	FreshWorld freshWorld(JobRepository repository, SimulatorServer simulator, MutableClock clock,
			ControllableClient client) {
		return new FreshWorld(new JobRepositoryTestUtils(repository), simulator, clock, client);
	}

	@Bean
	DataSource dataSource() {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(TestDatabase.jdbcUrl());
		dataSource.setMaximumPoolSize(8);
		return dataSource;
	}

}
