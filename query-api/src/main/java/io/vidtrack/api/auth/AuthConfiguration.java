package io.vidtrack.api.auth;

import java.time.Clock;
import java.util.List;

import io.vidtrack.api.web.BodyLimitFilter;
import io.vidtrack.api.web.ErrorResponses;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link ApiKeyFilter} and then the body limit in front of the API, and {@link Caller} into controller
 * methods.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class AuthConfiguration implements WebMvcConfigurer {

	/** Runs first among the API's filters: the idempotency filter needs the caller. */
	static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	@Bean
	FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(Admission admission, ErrorResponses errors) {
		FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(
				new ApiKeyFilter(admission, errors));
		registration.addUrlPatterns("/api/v1/*");
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

	// after the key filter (a refused caller's body is never looked at), before the idempotency filter reads it
	@Bean
	FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(ApiProperties properties, ErrorResponses errors) {
		FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
				new BodyLimitFilter(Math.toIntExact(properties.limits().maxBody().toBytes()), errors));
		registration.addUrlPatterns("/api/v1/*");
		registration.setOrder(FILTER_ORDER + 50);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerArgumentResolver());
	}

}
