package io.vidtrack.events;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipEventsTests {

	@Test
	void creatorCampaignsAreASortedSetAndRoundTrip() {
		// given
		var event = new CreatorCampaignsChanged(9, 2, List.of(30L, 10L, 30L, 20L));

		// when
		String json = EventJson.write(event);

		// then
		assertThat(event.campaignIds()).containsExactly(10L, 20L, 30L);
		assertThat(json).contains("\"campaignIds\":[10,20,30]");
		assertThat(EventJson.read(json, CreatorCampaignsChanged.class)).isEqualTo(event);
		assertThat(event.key()).isEqualTo("9");
		assertThat(event.topic()).isEqualTo(Topics.CREATOR_CAMPAIGNS);
	}

	@Test
	void videoCampaignsMayBeEmptyAndAreKeyedByVideo() {
		// given
		var event = new VideoCampaignsChanged(77, 2, List.of());

		// when
		var read = EventJson.read(EventJson.write(event), VideoCampaignsChanged.class);

		// then
		assertThat(read).isEqualTo(event);
		assertThat(read.campaignIds()).isEmpty();
		assertThat(event.key()).isEqualTo("77");
		assertThat(Topics.COMPACTED).contains(Topics.VIDEO_CAMPAIGNS, Topics.CREATOR_CAMPAIGNS);
		assertThat(Topics.ALL).containsAll(Topics.COMPACTED).containsAll(Topics.VIDEO_KEYED);
	}

}
