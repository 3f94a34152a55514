package io.vidtrack.ingest.config;

import io.vidtrack.tiktok.HttpTikTokClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one TikTok client of the process: its rate limit and concurrency bound every job's fetches together. */
@Configuration(proxyBeanMethods = false)
class TikTokConfiguration {

	@Bean
	HttpTikTokClient tikTokClient(IngestProperties properties) {
		return new HttpTikTokClient(properties.tiktok().toSettings());
	}

}
