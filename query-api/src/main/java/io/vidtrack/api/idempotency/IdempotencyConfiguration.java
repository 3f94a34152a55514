package io.vidtrack.api.idempotency;

import java.time.Clock;

import io.vidtrack.api.auth.ApiProperties;
import io.vidtrack.api.web.ErrorResponses;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The idempotency filter, right after the API key filter (it needs the caller), and the hourly expiry. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

	private final IdempotencyKeys keys;

	IdempotencyConfiguration(JdbcOperations jdbc, ApiProperties properties, Clock clock) {
		this.keys = new IdempotencyKeys(jdbc, properties.idempotency().retention(), clock);
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(ErrorResponses errors) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(this.keys, errors));
		registration.addUrlPatterns("/api/v1/*");
		// after ApiKeyFilter (HIGHEST_PRECEDENCE + 100), which puts the caller on the request
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 200);
		return registration;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void expireOldAnswers() {
		this.keys.expire();
	}

}
