package io.vidtrack.simulator;

import java.util.Objects;

import io.vidtrack.simulator.internal.FaultState;

/**
 * What the simulator does wrong, set from tests or over HTTP ({@code POST /_sim/faults}). Global rates
 * apply at random to every page and listing request; {@link #failNext}, {@link #setPostFault} and the
 * {@code X-Sim-Fault} request header are exact. Admin paths ({@code /_sim/...}) are never faulted.
 */
public final class Faults {

	private final FaultState state;

	private final PostOverrides overrides;

	Faults(FaultState state, PostOverrides overrides) {
		this.state = state;
		this.overrides = overrides;
	}

	/** Delays every request by this much. */
	public Faults setLatencyMs(int latencyMs) {
		this.state.updateRates(rates -> rates.withLatencyMs(latencyMs));
		return this;
	}

	public Faults setRate429(double rate) {
		this.state.updateRates(rates -> rates.withRate429(rate));
		return this;
	}

	/** The {@code Retry-After} of every 429 (default 1). */
	public Faults setRetryAfterSeconds(int seconds) {
		this.state.updateRates(rates -> rates.withRetryAfterSeconds(seconds));
		return this;
	}

	/** Half 500, half 503. */
	public Faults setRate5xx(double rate) {
		this.state.updateRates(rates -> rates.withRate5xx(rate));
		return this;
	}

	public Faults setCaptchaRate(double rate) {
		this.state.updateRates(rates -> rates.withCaptchaRate(rate));
		return this;
	}

	public Faults setMalformedRate(double rate) {
		this.state.updateRates(rates -> rates.withMalformedRate(rate));
		return this;
	}

	/** How late a {@link Fault#LATENCY} response is (default 2000 ms). */
	public Faults setSlowMs(int slowMs) {
		this.state.updateRates(rates -> rates.withSlowMs(slowMs));
		return this;
	}

	public int latencyMs() {
		return this.state.rates().latencyMs();
	}

	public double rate429() {
		return this.state.rates().rate429();
	}

	public int retryAfterSeconds() {
		return this.state.rates().retryAfterSeconds();
	}

	public double rate5xx() {
		return this.state.rates().rate5xx();
	}

	public double captchaRate() {
		return this.state.rates().captchaRate();
	}

	public double malformedRate() {
		return this.state.rates().malformedRate();
	}

	public int slowMs() {
		return this.state.rates().slowMs();
	}

	/** The next {@code times} requests whose path starts with {@code pathPrefix} (e.g. "/@", "/api/") fail so. */
	public Faults failNext(String pathPrefix, Fault fault, int times) {
		this.state.failNext(pathPrefix, Objects.requireNonNull(fault), times);
		return this;
	}

	/** Every request for this post's page fails so, until cleared. */
	public Faults setPostFault(String videoId, Fault fault) {
		this.state.setPostFault(videoId, Objects.requireNonNull(fault));
		return this;
	}

	public Faults clearPostFault(String videoId) {
		this.state.setPostFault(videoId, null);
		return this;
	}

	/** From now on the post's page answers 10204 (deleted) and listings skip it. */
	public Faults markDeleted(String videoId) {
		this.overrides.markDeleted(videoId);
		return this;
	}

	/** From now on the post's page answers 10216 (private) and listings skip it. */
	public Faults markPrivate(String videoId) {
		this.overrides.markPrivate(videoId);
		return this;
	}

	/** No faults, no overrides: the population as seeded. */
	public void reset() {
		this.state.reset();
		this.overrides.clear();
	}

}
