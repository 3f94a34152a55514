package io.vidtrack.simulator.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import io.vidtrack.simulator.Fault;

import org.jspecify.annotations.Nullable;

/**
 * The fault settings and the per-request decision. Precedence: the request's {@code X-Sim-Fault} header,
 * then the oldest matching {@code failNext} registration, then a post's fault, then the global rates. The
 * random draw hashes the seed with the request's sequence number, so a sequential client sees the same
 * faults on every run.
 */
public final class FaultState {

	private final long seed;

	private final List<Targeted> targeted = new CopyOnWriteArrayList<>();

	private final Map<String, Fault> postFaults = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

	private final AtomicReference<Rates> rates = new AtomicReference<>(Rates.NONE);

	private record Targeted(String pathPrefix, Fault fault, AtomicInteger remaining) {
	}

	public FaultState(long seed) {
		this.seed = seed;
	}

	public Rates rates() {
		return this.rates.get();
	}

	public Rates updateRates(UnaryOperator<Rates> update) {
		return this.rates.updateAndGet(update);
	}

	public void failNext(String pathPrefix, Fault fault, int times) {
		this.targeted.add(new Targeted(pathPrefix, fault, new AtomicInteger(times)));
	}

	public void setPostFault(String videoId, @Nullable Fault fault) {
		if (fault == null) {
			this.postFaults.remove(videoId);
		}
		else {
			this.postFaults.put(videoId, fault);
		}
	}

	public void reset() {
		this.rates.set(Rates.NONE);
		this.targeted.clear();
		this.postFaults.clear();
		this.sequence.set(0);
	}

	/** The fault for one request, or null to serve it normally. */
	public @Nullable Fault decide(String path, @Nullable String videoId, @Nullable String header) {
		Fault fault = (header != null) ? fromHeader(header) : null;
		if (fault == null) {
			fault = nextTargeted(path);
		}
		if (fault == null && videoId != null && !this.postFaults.isEmpty()) {
			fault = this.postFaults.get(videoId);
		}
		return (fault != null) ? fault : draw();
	}

	/** {@code 429|500|503|captcha|malformed|shell|empty|latency}, or null for anything else. */
	public static @Nullable Fault fromHeader(String value) {
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "429" -> Fault.HTTP_429;
			case "500" -> Fault.HTTP_500;
			case "503" -> Fault.HTTP_503;
			case "captcha" -> Fault.CAPTCHA;
			case "malformed" -> Fault.MALFORMED_JSON;
			case "shell" -> Fault.SHELL_PAGE;
			case "empty" -> Fault.EMPTY_BODY;
			case "latency", "slow" -> Fault.LATENCY;
			default -> null;
		};
	}

	private @Nullable Fault nextTargeted(String path) {
		for (Targeted target : this.targeted) {
			if (path.startsWith(target.pathPrefix()) && target.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				return target.fault();
			}
		}
		this.targeted.removeIf(target -> target.remaining().get() == 0);
		return null;
	}

	private @Nullable Fault draw() {
		Rates rates = this.rates.get();
		if (!rates.anyRandom()) {
			return null;
		}
		long hash = Mix.hash(this.seed, 61, this.sequence.getAndIncrement());
		double u = Mix.unit(hash);
		double edge = rates.rate429();
		if (u < edge) {
			return Fault.HTTP_429;
		}
		if (u < (edge += rates.rate5xx())) {
			return ((hash & 1) == 0) ? Fault.HTTP_500 : Fault.HTTP_503;
		}
		if (u < (edge += rates.captchaRate())) {
			return Fault.CAPTCHA;
		}
		return (u < edge + rates.malformedRate()) ? Fault.MALFORMED_JSON : null;
	}

}
