package io.vidtrack.api.tracking;

import io.vidtrack.outbox.membership.CampaignMembership;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;

/** The shared event writers of the API's features. */
@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

	/** Campaign membership events, computed in the transaction that changes campaign items. */
	@Bean
	CampaignMembership campaignMembership(JdbcOperations jdbc) {
		return new CampaignMembership(jdbc);
	}

}
