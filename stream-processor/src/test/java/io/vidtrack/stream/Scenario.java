package io.vidtrack.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.events.VidtrackEvent;
import io.vidtrack.outbox.membership.CampaignMembership;
import io.vidtrack.stream.testsupport.Domain;
import io.vidtrack.stream.testsupport.OutboxPump;
import io.vidtrack.stream.testsupport.RowEvents;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a small world the way the writers do (rows and their outbox events in one transaction): two orgs in
 * different zones, videos of every status, snapshots around midnight, and a campaign tree with overlaps.
 */
final class Scenario {

	private static final String[] SNAPSHOT_TIMES = { "2026-03-09T10:00:00Z", "2026-03-09T23:30:00Z",
			"2026-03-10T00:30:00Z", "2026-03-11T12:00:00Z" };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final OutboxPump outbox;

	private final Domain domain;

	private final RowEvents rows;

	private final CampaignMembership membership;

	long utcProject;

	long berlinProject;

	long pendingVideo;

	long pendingCreator;

	long middleCampaign;

	long bottomCampaign;

	long firstVideo;

	Scenario(JdbcTemplate jdbc, TransactionTemplate transactions, OutboxPump outbox) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.outbox = outbox;
		this.domain = new Domain(jdbc);
		this.rows = new RowEvents(jdbc);
		this.membership = new CampaignMembership(jdbc);
	}

	void seed() {
		this.transactions.executeWithoutResult((status) -> {
			this.utcProject = this.domain.project(this.domain.org("UTC"));
			this.berlinProject = this.domain.project(this.domain.org("Europe/Berlin"));
			long auto = this.domain.creator(this.utcProject, "auto");
			this.pendingCreator = this.domain.creator(this.utcProject, "selective");
			long berliner = this.domain.creator(this.berlinProject, "berliner");
			Instant posted = Instant.parse("2026-03-08T18:00:00Z");
			this.firstVideo = video(this.utcProject, auto, "auto_tracked", posted);
			long photo = video(this.utcProject, auto, "auto_tracked", posted);
			this.pendingVideo = video(this.utcProject, this.pendingCreator, "pending_review", posted);
			video(this.utcProject, this.pendingCreator, "excluded", posted);
			long direct = video(this.utcProject, null, "direct_add", null);
			long disabled = video(this.utcProject, auto, "auto_tracked", posted);
			this.jdbc.update("update videos set tracking_disabled = true where id = ?", disabled);
			video(this.berlinProject, berliner, "auto_tracked", posted);
			video(this.berlinProject, berliner, "included", Instant.parse("2026-03-08T23:30:00Z"));
			List<Long> videos = this.jdbc.queryForList("select id from videos where project_id in (?, ?)", Long.class,
					this.utcProject, this.berlinProject);
			for (long video : videos) {
				for (int i = 0; i < SNAPSHOT_TIMES.length; i++) {
					Long views = (video == photo) ? null : 1000L * (i + 1) + video;
					this.domain.snapshot(video, Instant.parse(SNAPSHOT_TIMES[i]), views, 10L * (i + 1) * (i + 1));
				}
			}
			List<VidtrackEvent> events = new ArrayList<>();
			for (long video : videos) {
				events.add(this.rows.videoState(video));
				events.addAll(this.rows.snapshots(video));
			}
			this.outbox.append(events);
			campaigns(auto, direct, berliner);
		});
	}

	/** top holds middle and bottom; middle holds bottom and the first video; bottom holds the auto creator. */
	private void campaigns(long auto, long direct, long berliner) {
		long top = this.domain.campaign(this.utcProject);
		this.middleCampaign = this.domain.campaign(this.utcProject);
		this.bottomCampaign = this.domain.campaign(this.utcProject);
		long other = this.domain.campaign(this.utcProject);
		long berlin = this.domain.campaign(this.berlinProject);
		this.domain.item(top, "campaign", this.middleCampaign);
		this.domain.item(top, "campaign", this.bottomCampaign);
		this.domain.item(this.middleCampaign, "campaign", this.bottomCampaign);
		this.domain.item(this.middleCampaign, "video", this.firstVideo);
		this.domain.item(this.bottomCampaign, "creator", auto);
		this.domain.item(other, "creator", this.pendingCreator);
		this.domain.item(other, "video", direct);
		this.domain.item(berlin, "creator", berliner);
		List<Long> creators = this.jdbc.queryForList("select id from creators where project_id in (?, ?)", Long.class,
				this.utcProject, this.berlinProject);
		List<Long> videos = this.jdbc.queryForList("select id from videos where project_id in (?, ?)", Long.class,
				this.utcProject, this.berlinProject);
		this.outbox.append(this.membership.eventsFor(creators, videos));
	}

	void approvePendingVideo() {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("update videos set tracking_status = 'included', updated_at = now() where id = ?",
					this.pendingVideo);
			this.outbox.append(this.rows.videoState(this.pendingVideo));
		});
	}

	void removeBottomFromMiddle() {
		this.transactions.executeWithoutResult((status) -> {
			var targets = this.membership.targetsOf("campaign", this.bottomCampaign);
			this.domain.removeItem(this.middleCampaign, "campaign", this.bottomCampaign);
			this.outbox.append(this.membership.eventsFor(targets));
		});
	}

	void captureAgain(long video, String capturedAt, long views) {
		this.transactions.executeWithoutResult((status) -> {
			this.domain.snapshot(video, Instant.parse(capturedAt), views, 500);
			this.outbox.append(this.rows.snapshots(video).getLast());
		});
	}

	private long video(long project, Long creator, String status, Instant posted) {
		return this.domain.video(project, creator, status, posted);
	}

}
