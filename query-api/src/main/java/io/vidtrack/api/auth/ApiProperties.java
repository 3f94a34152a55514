package io.vidtrack.api.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Settings of the query API, under {@code vidtrack.api}. */
@ConfigurationProperties("vidtrack.api")
public record ApiProperties(@DefaultValue Limits limits, @DefaultValue Idempotency idempotency,
		@DefaultValue TikTok tiktok) {

	/**
	 * @param requestsPerMinute the per-key window (the daily quota comes from the org's plan)
	 * @param maxBody the largest request body read (a bulk of 50 creators with long notes stays well below)
	 */
	public record Limits(@DefaultValue("60") int requestsPerMinute, @DefaultValue("16MB") DataSize maxBody) {
	}

	/** @param retention how long a create POST's first response is replayed for its {@code Idempotency-Key} */
	public record Idempotency(@DefaultValue("24h") Duration retention) {
	}

	/**
	 * Where short links are resolved (their redirect followed) when a video is added by URL.
	 * @param resolveShortLinks off in tests that must not reach the network
	 * @param timeout how long one redirect lookup may take
	 */
	public record TikTok(@DefaultValue("true") boolean resolveShortLinks, @DefaultValue("5s") Duration timeout,
			@DefaultValue("") String shortLinkBaseUrl) {
	}

}
