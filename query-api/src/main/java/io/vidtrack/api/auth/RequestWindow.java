package io.vidtrack.api.auth;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.vidtrack.api.web.ApiException;

import org.springframework.stereotype.Component;

/**
 * The per-key window: {@code vidtrack.api.limits.requests-per-minute} requests a minute. Bucket4j keeps each
 * key's bucket in Postgres ({@code api_rate_buckets}) and updates it under {@code select … for update}, so the
 * limit is exact under concurrency and shared by every API instance.
 */
@Component
class RequestWindow {

	private final ProxyManager<Long> buckets;

	private final BucketConfiguration configuration;

	RequestWindow(DataSource dataSource, ApiProperties properties) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table("api_rate_buckets")
			.idColumn("id")
			.stateColumn("state")
			.build();
		int perMinute = properties.limits().requestsPerMinute();
		this.configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

	/** Takes one request from the key's window, or refuses with 429 and {@code Retry-After}. */
	void take(long keyId) {
		ConsumptionProbe probe = this.buckets.builder()
			.build(keyId, () -> this.configuration)
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
			throw ApiException.rateLimited("Too many requests for this API key; retry in " + seconds + " s", seconds,
					Map.of("window", "minute"));
		}
	}

}
