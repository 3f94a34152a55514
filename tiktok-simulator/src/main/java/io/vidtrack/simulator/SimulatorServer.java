package io.vidtrack.simulator;

import java.net.URI;

import io.vidtrack.simulator.internal.FaultState;
import io.vidtrack.simulator.internal.web.SimulatorHttp;

/**
 * The simulator as a running HTTP server on 127.0.0.1. Tests start one per class on port 0 and read
 * {@link #baseUrl()}; {@link #population()} tells what it serves and {@link #faults()} makes it misbehave.
 */
public final class SimulatorServer implements AutoCloseable {

	private final Population population;

	private final Faults faults;

	private final SimulatorHttp http;

	private SimulatorServer(Population population, Faults faults, SimulatorHttp http) {
		this.population = population;
		this.faults = faults;
		this.http = http;
	}

	/** Starts serving at once; {@code port} 0 picks a free port. */
	public static SimulatorServer start(SimulatorConfig config, int port) {
		Population population = new Population(config);
		FaultState state = new FaultState(config.seed());
		Faults faults = new Faults(state, population.overrides());
		return new SimulatorServer(population, faults, SimulatorHttp.start(population, faults, state, port));
	}

	/** {@code http://127.0.0.1:PORT}, without a trailing slash. */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.http.port());
	}

	public int port() {
		return this.http.port();
	}

	public Population population() {
		return this.population;
	}

	public Faults faults() {
		return this.faults;
	}

	/**
	 * Page, listing and short-link requests served so far, faulted ones included and admin ones not: lets a
	 * test check that a blocked client stopped instead of hammering.
	 */
	public long requestCount() {
		return this.http.served();
	}

	@Override
	public void close() {
		this.http.close();
	}

}
