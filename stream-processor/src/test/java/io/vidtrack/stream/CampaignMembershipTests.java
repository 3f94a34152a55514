package io.vidtrack.stream;

import io.vidtrack.outbox.membership.CampaignMembership;
import io.vidtrack.outbox.membership.MembershipTargets;

import java.util.List;
import java.util.Set;

import io.vidtrack.events.CreatorCampaignsChanged;
import io.vidtrack.events.VideoCampaignsChanged;
import io.vidtrack.events.VidtrackEvent;
import io.vidtrack.stream.testsupport.Domain;
import io.vidtrack.stream.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignMembershipTests {

	private final JdbcTemplate jdbc = TestDatabase.jdbc();

	private final Domain domain = new Domain(this.jdbc);

	private final CampaignMembership membership = new CampaignMembership(this.jdbc);

	private long projectId;

	@BeforeEach
	void newProject() {
		this.projectId = this.domain.project(this.domain.org("UTC"));
	}

	@Test
	void aCreatorIsReachedByEveryCampaignAboveItOnceEach() {
		// given top holds middle, middle holds bottom, bottom holds the creator, and top holds bottom again
		long creator = this.domain.creator(this.projectId, "nested");
		long top = this.domain.campaign(this.projectId);
		long middle = this.domain.campaign(this.projectId);
		long bottom = this.domain.campaign(this.projectId);
		long unrelated = this.domain.campaign(this.projectId);
		this.domain.item(top, "campaign", middle);
		this.domain.item(middle, "campaign", bottom);
		this.domain.item(bottom, "creator", creator);
		this.domain.item(top, "campaign", bottom);
		this.domain.item(unrelated, "creator", this.domain.creator(this.projectId, "other"));

		// when
		List<VidtrackEvent> events = this.membership.eventsFor(List.of(creator), List.of());

		// then
		assertThat(events).containsExactly(new CreatorCampaignsChanged(creator, this.projectId,
				List.of(top, middle, bottom)));
	}

	@Test
	void aVideoIsReachedByTheCampaignsHoldingItAsAVideoItem() {
		// given
		long creator = this.domain.creator(this.projectId, "videos");
		long video = this.domain.video(this.projectId, creator, "auto_tracked", null);
		long bare = this.domain.video(this.projectId, null, "direct_add", null);
		long parent = this.domain.campaign(this.projectId);
		long child = this.domain.campaign(this.projectId);
		long viaCreator = this.domain.campaign(this.projectId);
		this.domain.item(parent, "campaign", child);
		this.domain.item(child, "video", video);
		this.domain.item(viaCreator, "creator", creator);

		// when
		List<VidtrackEvent> events = this.membership.eventsFor(List.of(), List.of(video, bare));

		// then the creator's campaigns are not the video's own: they reach it through the creator's event
		assertThat(events).containsExactlyInAnyOrder(
				new VideoCampaignsChanged(video, this.projectId, List.of(parent, child)),
				new VideoCampaignsChanged(bare, this.projectId, List.of()));
	}

	@Test
	void aRemovedItemLeavesAnEmptySetToPublish() {
		// given a sub-campaign about to be removed from its parent
		long creator = this.domain.creator(this.projectId, "leaving");
		long parent = this.domain.campaign(this.projectId);
		long child = this.domain.campaign(this.projectId);
		this.domain.item(parent, "campaign", child);
		this.domain.item(child, "creator", creator);
		MembershipTargets targets = this.membership.targetsOf("campaign", child);

		// when
		this.domain.removeItem(parent, "campaign", child);

		// then
		assertThat(targets).isEqualTo(MembershipTargets.creator(creator));
		assertThat(this.membership.eventsFor(targets))
			.containsExactly(new CreatorCampaignsChanged(creator, this.projectId, List.of(child)));
	}

	@Test
	void everythingUnderACampaignIsATargetOfItsChanges() {
		// given
		long creator = this.domain.creator(this.projectId, "under");
		long video = this.domain.video(this.projectId, null, "direct_add", null);
		long top = this.domain.campaign(this.projectId);
		long middle = this.domain.campaign(this.projectId);
		long bottom = this.domain.campaign(this.projectId);
		this.domain.item(top, "campaign", middle);
		this.domain.item(middle, "campaign", bottom);
		this.domain.item(bottom, "creator", creator);
		this.domain.item(middle, "video", video);

		// when
		MembershipTargets targets = this.membership.targetsUnder(top);

		// then
		assertThat(targets).isEqualTo(new MembershipTargets(Set.of(creator), Set.of(video)));
		assertThat(this.membership.targetsUnder(bottom)).isEqualTo(MembershipTargets.creator(creator));
	}

	@Test
	void aLoopThatSlippedPastTheWriterStillEnds() {
		// given two campaigns holding each other (the API rejects this; the query must not hang on it)
		long creator = this.domain.creator(this.projectId, "looped");
		long first = this.domain.campaign(this.projectId);
		long second = this.domain.campaign(this.projectId);
		this.domain.item(first, "campaign", second);
		this.domain.item(second, "campaign", first);
		this.domain.item(second, "creator", creator);

		// when
		List<VidtrackEvent> events = this.membership.eventsFor(List.of(creator), List.of());

		// then
		assertThat(events).containsExactly(new CreatorCampaignsChanged(creator, this.projectId, List.of(first, second)));
		assertThat(this.membership.targetsUnder(first)).isEqualTo(MembershipTargets.creator(creator));
	}

}
