package io.vidtrack.ingest;

import io.vidtrack.simulator.MutableClock;
import io.vidtrack.simulator.SimulatorServer;

import org.springframework.batch.test.JobRepositoryTestUtils;

/**
 * What every job test starts from, since the test classes share one context: no job executions, an empty
 * database, a simulator without faults, the clock at {@link JobTestConfiguration#ORIGIN} and a client with no
 * scripted failures.
 */
public final class FreshWorld {

	private final JobRepositoryTestUtils repository;

	private final SimulatorServer simulator;

	private final MutableClock clock;

	private final ControllableClient client;

	FreshWorld(JobRepositoryTestUtils repository, SimulatorServer simulator, MutableClock clock,
			ControllableClient client) {
		this.repository = repository;
		this.simulator = simulator;
		this.clock = clock;
		this.client = client;
	}

	public void reset() {
		this.repository.removeJobExecutions();
		TestDatabase.clean();
		this.simulator.faults().reset();
		this.clock.set(JobTestConfiguration.ORIGIN);
		this.client.reset();
	}

}
