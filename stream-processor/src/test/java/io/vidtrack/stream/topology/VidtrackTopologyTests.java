package io.vidtrack.stream.topology;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import io.vidtrack.events.Topics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.vidtrack.stream.topology.EntityType.CAMPAIGN;
import static io.vidtrack.stream.topology.EntityType.CREATOR;
import static io.vidtrack.stream.topology.EntityType.PROJECT;
import static io.vidtrack.stream.topology.TopologyHarness.snapshot;
import static io.vidtrack.stream.topology.TopologyHarness.state;
import static org.assertj.core.api.Assertions.assertThat;

class VidtrackTopologyTests {

	private static final long PROJECT_ID = 1;

	private static final long CREATOR_ID = 10;

	private static final Instant POSTED = Instant.parse("2026-03-01T12:00:00Z");

	@TempDir
	Path stateDir;

	private TopologyHarness topology;

	@BeforeEach
	void startTopology() {
		this.topology = new TopologyHarness(this.stateDir);
	}

	@AfterEach
	void closeTopology() {
		this.topology.close();
	}

	@Test
	void approvingAPendingVideoAddsItsWholeHistoryAndExcludingRemovesIt() {
		// given a pending video with three snapshots over two days
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "pending_review", "UTC", POSTED));
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 40));
		this.topology.send(snapshot(1, "2026-03-02T20:00:00Z", 150L, 48));
		this.topology.send(snapshot(1, "2026-03-03T08:00:00Z", 400L, 80));
		assertThat(this.topology.aggregates()).isEmpty();

		// when approved
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "included", "UTC", POSTED));

		// then its whole history counts, for its project and its creator alike
		for (EntityType type : new EntityType[] { PROJECT, CREATOR }) {
			long id = (type == PROJECT) ? PROJECT_ID : CREATOR_ID;
			Tally totals = this.topology.totals(type, id);
			assertThat(totals.videos()).isEqualTo(1);
			assertThat(totals.counts()).isEqualTo(new Counts(400, 80, 40, 20, 10));
			assertThat(this.topology.daily(type, id, "2026-03-02").gained().views()).isEqualTo(50);
			assertThat(this.topology.daily(type, id, "2026-03-03").gained().views()).isEqualTo(250);
			assertThat(this.topology.daily(type, id, "2026-03-01").videos()).isEqualTo(1);
		}

		// when excluded, then nothing of it is left anywhere
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "excluded", "UTC", POSTED));
		assertThat(this.topology.aggregates()).isEmpty();
		assertThat(this.topology.published()).isEmpty();

		// when included again, then all of it is back
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "included", "UTC", POSTED));
		assertThat(this.topology.totals(PROJECT, PROJECT_ID).counts().views()).isEqualTo(400);
	}

	@Test
	void disablingTrackingRetractsAndSnapshotsOfUncountedVideosCountOnlyOnceCounted() {
		// given a counted video with a baseline
		this.topology.send(state(1, PROJECT_ID, null, "direct_add", "UTC", POSTED));
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 40));
		var disabled = state(1, PROJECT_ID, null, "direct_add", "UTC", POSTED);
		disabled = new io.vidtrack.events.VideoStateChanged(1, 1, PROJECT_ID, null, disabled.tiktokVideoId(),
				"direct_add", true, false, "available", POSTED, "UTC", TopologyHarness.CHANGED_AT);

		// when tracking is disabled and a snapshot arrives meanwhile
		this.topology.send(disabled);
		this.topology.send(snapshot(1, "2026-03-03T08:00:00Z", 300L, 60));

		// then nothing counts
		assertThat(this.topology.aggregates()).isEmpty();

		// when enabled again, then the snapshot taken while disabled counts too
		this.topology.send(state(1, PROJECT_ID, null, "direct_add", "UTC", POSTED));
		assertThat(this.topology.totals(PROJECT, PROJECT_ID).counts().views()).isEqualTo(300);
		assertThat(this.topology.daily(PROJECT, PROJECT_ID, "2026-03-03").gained().views()).isEqualTo(200);
	}

	@Test
	void theBaselineDayGainsNothingAndLaterSnapshotsOfThatDayGainFromTheBaseline() {
		// given
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));

		// when
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 1000L, 80));
		this.topology.send(snapshot(1, "2026-03-02T09:00:00Z", 1100L, 88));
		this.topology.send(snapshot(1, "2026-03-04T09:00:00Z", 1500L, 96));

		// then
		Tally baselineDay = this.topology.daily(PROJECT, PROJECT_ID, "2026-03-02");
		assertThat(baselineDay.baseline()).isEqualTo(new Counts(1000, 80, 40, 20, 10));
		assertThat(baselineDay.gained()).isEqualTo(new Counts(100, 8, 4, 2, 1));
		Tally later = this.topology.daily(PROJECT, PROJECT_ID, "2026-03-04");
		assertThat(later.baseline()).isEqualTo(Counts.ZERO);
		assertThat(later.gained().views()).isEqualTo(400);
		assertThat(this.topology.daily(PROJECT, PROJECT_ID, "2026-03-03")).isEqualTo(Tally.ZERO);
	}

	@Test
	void photoPostsWithoutViewsCountZeroViews() {
		// given
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));

		// when
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", null, 80));
		this.topology.send(snapshot(1, "2026-03-03T08:00:00Z", null, 90));

		// then
		Tally totals = this.topology.totals(PROJECT, PROJECT_ID);
		assertThat(totals.counts()).isEqualTo(new Counts(0, 90, 45, 22, 11));
	}

	@Test
	void daysFollowEachOrgsTimeZone() {
		// given one video in a UTC org and one in a Berlin org (UTC+1 in March)
		this.topology.send(state(1, 1, null, "direct_add", "UTC", null));
		this.topology.send(state(2, 2, null, "direct_add", "Europe/Berlin", null));
		this.topology.send(snapshot(1, "2026-03-09T12:00:00Z", 100L, 8));
		this.topology.send(snapshot(2, "2026-03-09T12:00:00Z", 100L, 8));

		// when both gain at the same instant: 23:30 in UTC, 00:30 the next day in Berlin
		this.topology.send(snapshot(1, "2026-03-10T23:30:00Z", 150L, 8));
		this.topology.send(snapshot(2, "2026-03-10T23:30:00Z", 150L, 8));

		// then
		assertThat(this.topology.daily(PROJECT, PROJECT_ID, "2026-03-10").gained().views()).isEqualTo(50);
		assertThat(this.topology.daily(PROJECT, PROJECT_ID, "2026-03-11").gained().views()).isZero();
		assertThat(this.topology.daily(PROJECT, 2, "2026-03-10").gained().views()).isZero();
		assertThat(this.topology.daily(PROJECT, 2, "2026-03-11").gained().views()).isEqualTo(50);
	}

	@Test
	void aVideoReachedTwiceThroughOneCampaignTreeCountsOnce() {
		// given campaign 100 holds the creator and, again, one of the creator's videos
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));
		this.topology.send(state(2, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 8));
		this.topology.send(snapshot(2, "2026-03-02T08:00:00Z", 10L, 8));

		// when
		this.topology.creatorCampaigns(CREATOR_ID, PROJECT_ID, 100L);
		this.topology.videoCampaigns(1, PROJECT_ID, 100L, 101L);

		// then
		assertThat(this.topology.totals(CAMPAIGN, 100).videos()).isEqualTo(2);
		assertThat(this.topology.totals(CAMPAIGN, 100).counts().views()).isEqualTo(110);
		assertThat(this.topology.totals(CAMPAIGN, 101).counts().views()).isEqualTo(100);
		assertThat(this.topology.totals(PROJECT, PROJECT_ID).counts().views()).isEqualTo(110);
	}

	@Test
	void campaignsNestedThreeDeepEachCountTheCreatorOnce() {
		// given campaign 300 holds 200, which holds 100, which holds the creator; 300 also holds 100 directly
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 8));

		// when the writer publishes every campaign that reaches the creator
		this.topology.creatorCampaigns(CREATOR_ID, PROJECT_ID, 100L, 200L, 300L, 200L);

		// then
		for (long campaign : new long[] { 100, 200, 300 }) {
			assertThat(this.topology.totals(CAMPAIGN, campaign)).isEqualTo(this.topology.totals(CREATOR, CREATOR_ID));
			assertThat(this.topology.daily(CAMPAIGN, campaign, "2026-03-02").baseline().views()).isEqualTo(100);
		}
	}

	@Test
	void aCreatorAddedLaterBringsItsHistoryAndItsLaterVideos() {
		// given a creator's video counted before any campaign holds the creator
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 8));
		this.topology.send(snapshot(1, "2026-03-05T08:00:00Z", 300L, 8));

		// when the creator joins campaign 100, and a video of theirs is discovered afterwards
		this.topology.creatorCampaigns(CREATOR_ID, PROJECT_ID, 100L);
		this.topology.send(state(2, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));
		this.topology.send(snapshot(2, "2026-03-06T08:00:00Z", 50L, 8));

		// then
		assertThat(this.topology.totals(CAMPAIGN, 100).videos()).isEqualTo(2);
		assertThat(this.topology.totals(CAMPAIGN, 100).counts().views()).isEqualTo(350);
		assertThat(this.topology.daily(CAMPAIGN, 100, "2026-03-05").gained().views()).isEqualTo(200);
		assertThat(this.topology.daily(CAMPAIGN, 100, "2026-03-06").baseline().views()).isEqualTo(50);
	}

	@Test
	void aRemovedMembershipTakesTheVideosOutOfTheCampaign() {
		// given
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));
		this.topology.send(state(2, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 8));
		this.topology.send(snapshot(2, "2026-03-02T08:00:00Z", 10L, 8));
		this.topology.creatorCampaigns(CREATOR_ID, PROJECT_ID, 100L, 200L);
		this.topology.videoCampaigns(2, PROJECT_ID, 200L);

		// when the creator leaves both campaigns
		this.topology.creatorCampaigns(CREATOR_ID, PROJECT_ID);

		// then the video item keeps its own video in 200 only
		assertThat(this.topology.totals(CAMPAIGN, 100)).isEqualTo(Tally.ZERO);
		assertThat(this.topology.totals(CAMPAIGN, 200).videos()).isEqualTo(1);
		assertThat(this.topology.totals(CAMPAIGN, 200).counts().views()).isEqualTo(10);
		assertThat(this.topology.totals(PROJECT, PROJECT_ID).counts().views()).isEqualTo(110);
	}

	@Test
	void reDeliveredEventsChangeNothing() {
		// given
		var included = state(1, PROJECT_ID, CREATOR_ID, "included", "UTC", POSTED);
		var excluded = state(1, PROJECT_ID, CREATOR_ID, "excluded", "UTC", POSTED);
		this.topology.sendFromOutbox(5, included);
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 8));
		this.topology.send(snapshot(1, "2026-03-03T08:00:00Z", 300L, 8));
		this.topology.sendFromOutbox(6, excluded);
		this.topology.sendFromOutbox(7, included);
		var before = this.topology.aggregates();
		this.topology.published();

		// when the relay sends a suffix again, and snapshots come twice or late
		this.topology.sendFromOutbox(6, excluded);
		this.topology.sendFromOutbox(7, included);
		this.topology.send(snapshot(1, "2026-03-03T08:00:00Z", 300L, 8));
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 8));

		// then
		assertThat(this.topology.aggregates()).isEqualTo(before);
		assertThat(this.topology.published()).isEqualTo(before);
		assertThat(this.topology.totals(PROJECT, PROJECT_ID).counts().views()).isEqualTo(300);
	}

	@Test
	void snapshotsArrivingBeforeTheVideoStateWaitForIt() {
		// given
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 8));
		this.topology.send(snapshot(1, "2026-03-03T08:00:00Z", 130L, 8));

		// when
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));

		// then
		assertThat(this.topology.daily(PROJECT, PROJECT_ID, "2026-03-02").baseline().views()).isEqualTo(100);
		assertThat(this.topology.daily(PROJECT, PROJECT_ID, "2026-03-03").gained().views()).isEqualTo(30);
	}

	@Test
	void aNewPostingDayMovesTheVideoCount() {
		// given
		this.topology.send(state(1, PROJECT_ID, null, "direct_add", "UTC", null));
		assertThat(this.topology.totals(PROJECT, PROJECT_ID).videos()).isEqualTo(1);

		// when its posting time becomes known, then changes
		this.topology.send(state(1, PROJECT_ID, null, "direct_add", "UTC", POSTED));
		this.topology.send(state(1, PROJECT_ID, null, "direct_add", "UTC", POSTED.plusSeconds(86_400)));

		// then
		assertThat(this.topology.daily(PROJECT, PROJECT_ID, "2026-03-01").videos()).isZero();
		assertThat(this.topology.daily(PROJECT, PROJECT_ID, "2026-03-02").videos()).isEqualTo(1);
		assertThat(this.topology.totals(PROJECT, PROJECT_ID).videos()).isEqualTo(1);
	}

	// Where the skipped records go (the dead-letter topic) is checked on a broker, in DeadLetterIntegrationTests:
	// the test driver does not capture what the exception handler sends.

	@Test
	void aSnapshotNoOneCanReadIsSkippedAndTheVideosNextSnapshotCounts() {
		// given
		this.topology.send(state(1, PROJECT_ID, CREATOR_ID, "auto_tracked", "UTC", POSTED));
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 8));

		// when
		this.topology.sendRaw(Topics.VIDEO_SNAPSHOTS, 1, bytes("{\"videoId\":1,\"capturedAt\":\"yesterday\""));
		this.topology.send(snapshot(1, "2026-03-03T08:00:00Z", 250L, 8));

		// then
		assertThat(this.topology.totals(PROJECT, PROJECT_ID).counts().views()).isEqualTo(250);
		assertThat(this.topology.daily(PROJECT, PROJECT_ID, "2026-03-03").gained().views()).isEqualTo(150);
	}

	@Test
	void aStateNoOneCanReadIsSkippedAndTheVideosLaterStateCounts() {
		// when
		this.topology.sendRaw(Topics.VIDEO_STATE, 2, bytes("not json"));
		this.topology.send(state(2, PROJECT_ID, null, "direct_add", "UTC", POSTED));

		// then
		assertThat(this.topology.totals(PROJECT, PROJECT_ID).videos()).isEqualTo(1);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
