package io.vidtrack.api.analytics;

import java.util.Arrays;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

/** What a series measures: a count, or a rate derived from counts. */
enum Metric {

	VIEWS("views", Counts::views), LIKES("likes", Counts::likes), COMMENTS("comments", Counts::comments),
	SHARES("shares", Counts::shares), SAVES("saves", Counts::saves), VIDEOS("videos", Counts::videos),
	ENGAGEMENT_RATE_BY_VIEWS("engagement_rate_by_views", null), GROWTH_RATE_POP("growth_rate_pop", null);

	private final String wire;

	private final @Nullable ToLongFunction<Counts> count;

	Metric(String wire, @Nullable ToLongFunction<Counts> count) {
		this.wire = wire;
		this.count = count;
	}

	static Metric parse(String text) {
		return Arrays.stream(values())
			.filter((metric) -> metric.wire.equals(text))
			.findFirst()
			.orElseThrow(() -> ApiException.invalidQuery("metric must be one of "
					+ Arrays.stream(values()).map(Metric::wire).collect(Collectors.joining(", "))));
	}

	String wire() {
		return this.wire;
	}

	/** The count this metric reads; only for count metrics. */
	long count(Counts counts) {
		if (this.count == null) {
			throw new IllegalStateException(this.wire + " is not a count");
		}
		return this.count.applyAsLong(counts);
	}

	boolean isCount() {
		return this.count != null;
	}

}
