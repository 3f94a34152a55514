package io.vidtrack.tiktok;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a client has done since it was built: outcomes per endpoint, HTTP requests sent and retries. Cheap to
 * update from many threads; read it for logs, job summaries or a metrics bridge.
 */
public final class FetchMetrics {

	/** The outcome names, as {@link FetchResult#outcome()} gives them. */
	public static final List<String> OUTCOMES = List.of("ok", "gone", "layout_changed", "rate_limited", "failed",
			"blocked");

	public enum Endpoint {

		POST, PROFILE, LISTING, SHORT_LINK;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final LongAdder[] outcomes = new LongAdder[Endpoint.values().length * OUTCOMES.size()];

	private final LongAdder requests = new LongAdder();

	private final LongAdder retries = new LongAdder();

	FetchMetrics() {
		for (int i = 0; i < outcomes.length; i++) {
			outcomes[i] = new LongAdder();
		}
	}

	public long count(Endpoint endpoint, String outcome) {
		int index = OUTCOMES.indexOf(outcome);
		if (index < 0) {
			throw new IllegalArgumentException("unknown outcome " + outcome + ", expected one of " + OUTCOMES);
		}
		return outcomes[slot(endpoint, index)].sum();
	}

	public long total(Endpoint endpoint) {
		long total = 0;
		for (int i = 0; i < OUTCOMES.size(); i++) {
			total += outcomes[slot(endpoint, i)].sum();
		}
		return total;
	}

	/** HTTP requests actually sent (redirect hops and retries included; calls refused while blocked are not). */
	public long requests() {
		return requests.sum();
	}

	public long retries() {
		return retries.sum();
	}

	/** Every counter by name: {@code post.ok}, {@code listing.failed}, ..., {@code requests}, {@code retries}. */
	public Map<String, Long> snapshot() {
		Map<String, Long> snapshot = new LinkedHashMap<>();
		for (Endpoint endpoint : Endpoint.values()) {
			for (String outcome : OUTCOMES) {
				snapshot.put(endpoint.key() + "." + outcome, count(endpoint, outcome));
			}
		}
		snapshot.put("requests", requests());
		snapshot.put("retries", retries());
		return snapshot;
	}

	void record(Endpoint endpoint, FetchResult<?> result) {
		outcomes[slot(endpoint, OUTCOMES.indexOf(result.outcome()))].increment();
	}

	void countRequest() {
		requests.increment();
	}

	void countRetry() {
		retries.increment();
	}

	private static int slot(Endpoint endpoint, int outcome) {
		return endpoint.ordinal() * OUTCOMES.size() + outcome;
	}

	@Override
	public String toString() {
		return snapshot().toString();
	}

}
