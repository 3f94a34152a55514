package io.vidtrack.ingest.config;

import java.time.Clock;

import io.vidtrack.ingest.support.ScrapeFailures;
import io.vidtrack.ingest.support.StatsSnapshots;
import io.vidtrack.outbox.OutboxWriter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The shared pieces every job writes with. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	/** Capture times come from here, so tests can run the jobs at a chosen instant. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	// the outbox module's auto-configuration declares the same; whichever comes first serves
	@Bean
	@ConditionalOnMissingBean
	OutboxWriter outboxWriter(JdbcTemplate jdbc) {
		return new OutboxWriter(jdbc);
	}

	@Bean
	ScrapeFailures scrapeFailures(JdbcTemplate jdbc) {
		return new ScrapeFailures(jdbc);
	}

	@Bean
	StatsSnapshots statsSnapshots(JdbcTemplate jdbc) {
		return new StatsSnapshots(jdbc);
	}

}
