package io.vidtrack.simulator.internal.web;

import java.util.Locale;

import io.vidtrack.simulator.Fault;
import io.vidtrack.simulator.Faults;
import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.internal.FaultState;

import org.jspecify.annotations.Nullable;

/** Fault control over HTTP, for when the simulator runs as its own process. Every answer is the settings. */
final class AdminFaults {

	private final Population population;

	private final Faults faults;

	AdminFaults(Population population, Faults faults) {
		this.population = population;
		this.faults = faults;
	}

	/** {@code POST /_sim/faults?latencyMs=&rate429=&retryAfterSeconds=&rate5xx=&captcha=&malformed=&slowMs=}. */
	Response set(Request request) {
		Faults f = this.faults;
		request.optionalLong("latencyMs").ifPresent(v -> f.setLatencyMs((int) v));
		request.optionalLong("retryAfterSeconds").ifPresent(v -> f.setRetryAfterSeconds((int) v));
		request.optionalLong("slowMs").ifPresent(v -> f.setSlowMs((int) v));
		request.optionalDouble("rate429").ifPresent(f::setRate429);
		request.optionalDouble("rate5xx").ifPresent(f::setRate5xx);
		request.optionalDouble("captcha").ifPresent(f::setCaptchaRate);
		request.optionalDouble("malformed").ifPresent(f::setMalformedRate);
		return settings();
	}

	Response reset() {
		this.faults.reset();
		return settings();
	}

	/** {@code POST /_sim/faults/next?prefix=/@&fault=captcha&times=3}. */
	Response failNext(Request request) {
		String fault = request.param("fault");
		Fault parsed = (fault != null) ? parse(fault) : null;
		if (parsed == null) {
			throw new IllegalArgumentException("fault must be one of 429|500|503|captcha|malformed|shell|empty|latency");
		}
		String prefix = request.param("prefix");
		this.faults.failNext((prefix != null) ? prefix : "/", parsed, (int) request.longParam("times", 1));
		return settings();
	}

	/** {@code POST /_sim/posts/deleted?id=ID} or {@code /_sim/posts/private?id=ID}. */
	Response mark(Request request, boolean deleted) {
		String id = request.param("id");
		if (id == null || this.population.post(id).isEmpty()) {
			throw new IllegalArgumentException("unknown or missing id");
		}
		if (deleted) {
			this.faults.markDeleted(id);
		}
		else {
			this.faults.markPrivate(id);
		}
		return Response.json(new JsonOut(64, false).beginObject().field("id", id).endObject().toBytes());
	}

	Response settings() {
		return Response.json(new JsonOut(256, false).beginObject()
			.field("latencyMs", this.faults.latencyMs())
			.field("rate429", this.faults.rate429())
			.field("retryAfterSeconds", this.faults.retryAfterSeconds())
			.field("rate5xx", this.faults.rate5xx())
			.field("captcha", this.faults.captchaRate())
			.field("malformed", this.faults.malformedRate())
			.field("slowMs", this.faults.slowMs())
			.endObject()
			.toBytes());
	}

	private static @Nullable Fault parse(String value) {
		Fault fault = FaultState.fromHeader(value);
		if (fault != null) {
			return fault;
		}
		try {
			return Fault.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
