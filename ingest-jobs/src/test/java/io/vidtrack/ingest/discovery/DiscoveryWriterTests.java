package io.vidtrack.ingest.discovery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.TestDatabase;
import io.vidtrack.ingest.support.ScrapeFailures;
import io.vidtrack.ingest.support.StatsSnapshots;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.tiktok.Post;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.vidtrack.ingest.FakeTikTokClient.post;
import static io.vidtrack.ingest.FakeTikTokClient.profile;
import static org.assertj.core.api.Assertions.assertThat;

/** The discovery writer against the real schema, without Spring. */
class DiscoveryWriterTests {

	private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

	private static final Instant NEXT_DISCOVERY = Instant.parse("2026-11-26T02:00:00Z");

	private static final Instant NEXT_CAPTURE = Instant.parse("2026-11-26T20:00:00Z");

	private final JdbcTemplate jdbc = TestDatabase.jdbc();

	private final Fixtures fixtures = new Fixtures(this.jdbc);

	private final DiscoveryWriter writer = new DiscoveryWriter(new CreatorUpdates(this.jdbc),
			new NewVideos(new KnownVideos(this.jdbc), new TrackedVideoLimit(this.jdbc), new VideoInserts(this.jdbc)),
			new StatsSnapshots(this.jdbc), new OutboxWriter(this.jdbc), new ScrapeFailures(this.jdbc),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private long org;

	private long project;

	@BeforeEach
	void clean() {
		TestDatabase.clean();
		this.org = this.fixtures.org("free");
		this.project = this.fixtures.project(this.org);
	}

	@Test
	void addsNewVideosWithTheirBaselineAndEventsAndUpdatesTheCreator() {
		// given
		DueCreator creator = creator(this.project, "ana", "selective");
		this.jdbc.update("update creators set discovery_requested_at = ? where id = ?", Timestamp.from(NOW),
				creator.id());
		Post post = post("7301", "ana", NOW.minusSeconds(3600), 1500);

		// when
		this.writer.write(Chunk.of(found(creator, post)));

		// then
		var video = this.fixtures.rows("select * from videos").getFirst();
		assertThat(video).containsEntry("tracking_status", "pending_review")
			.containsEntry("tiktok_video_id", "7301")
			.containsEntry("url", "https://www.tiktok.com/@ana/video/7301")
			.containsEntry("title", "caption 7301")
			.containsEntry("view_count", 1500L)
			.containsEntry("counted", false)
			.containsEntry("next_capture_at", Timestamp.from(NEXT_CAPTURE));
		assertThat(this.fixtures.rows("select views from stats_snapshots")).extracting((row) -> row.get("views"))
			.containsExactly(1500L);
		var updated = this.fixtures.rows("select * from creators").getFirst();
		assertThat(updated).containsEntry("sec_uid", "sec-ana")
			.containsEntry("display_name", "Name ana")
			.containsEntry("follower_count", 1000L)
			.containsEntry("profile_status", "ok")
			.containsEntry("discovery_requested_at", null)
			.containsEntry("next_discovery_at", Timestamp.from(NEXT_DISCOVERY));
		assertThat(this.fixtures.count("select count(*) from creator_snapshots")).isEqualTo(1);
		assertThat(outboxTopics()).containsExactlyInAnyOrder("vidtrack.creator-snapshots", "vidtrack.video-state",
				"vidtrack.video-snapshots");
		assertThat(this.fixtures.rows("select payload from outbox where topic = 'vidtrack.video-snapshots'"))
			.extracting((row) -> (String) row.get("payload"))
			.singleElement()
			.asString()
			.contains("\"baseline\":true");
	}

	@Test
	void keepsADisplayNameTheTeamSetAndRefreshesOneTheyDidNot() {
		// given: the team named one creator through the API; the other has TikTok's old nickname
		DueCreator named = creator(this.project, "ana", "auto");
		DueCreator plain = creator(this.project, "ben", "auto");
		this.jdbc.update("update creators set display_name = 'Our Ana', display_name_set = true where id = ?",
				named.id());
		this.jdbc.update("update creators set display_name = 'old ben' where id = ?", plain.id());

		// when
		this.writer.write(Chunk.of(found(named, post("7401", "ana", NOW.minusSeconds(60), 10)),
				found(plain, post("7402", "ben", NOW.minusSeconds(60), 10))));

		// then
		assertThat(this.jdbc.queryForList("select display_name from creators order by tiktok_handle", String.class))
			.containsExactly("Our Ana", "Name ben");
	}

	@Test
	void neverAddsAVideoTheProjectTracksButAddsItToAnotherProject() {
		// given
		long other = this.fixtures.project(this.org);
		DueCreator ana = creator(this.project, "ana", "auto");
		DueCreator anaElsewhere = creator(other, "ana", "auto");
		this.fixtures.video(this.project, ana.id(), "7301", "excluded", NOW.minusSeconds(3600), NOW.minusSeconds(60));
		Post post = post("7301", "ana", NOW.minusSeconds(3600), 1500);

		// when
		this.writer.write(Chunk.of(found(ana, post), found(anaElsewhere, post)));

		// then
		assertThat(this.fixtures.rows("select project_id, tracking_status from videos order by id"))
			.extracting((row) -> row.get("project_id") + " " + row.get("tracking_status"))
			.containsExactly(this.project + " excluded", other + " auto_tracked");
	}

	@Test
	void refusesNewVideosBeyondThePlansLimitNewestFirstAndRecordsIt() {
		// given: a plan with room for three; the excluded video does not count
		this.jdbc.update("insert into plans values ('tiny', 5, 1, 3, 0, 1, 30, 24, 24)");
		this.jdbc.update("update orgs set plan_id = 'tiny' where id = ?", this.org);
		DueCreator ana = creator(this.project, "ana", "auto");
		this.fixtures.video(this.project, ana.id(), "1", "auto_tracked", NOW.minusSeconds(9000), NOW);
		this.fixtures.video(this.project, ana.id(), "2", "excluded", NOW.minusSeconds(9000), NOW);
		List<Post> posts = List.of(post("13", "ana", NOW.minusSeconds(100), 1), post("12", "ana", NOW.minusSeconds(200), 1),
				post("11", "ana", NOW.minusSeconds(300), 1), post("10", "ana", NOW.minusSeconds(400), 1));

		// when
		this.writer.write(Chunk.of(new CreatorDiscovery.Found(ana, profile("ana", false), posts, NOW)));

		// then
		assertThat(this.jdbc.queryForList("select tiktok_video_id from videos order by id", String.class))
			.containsExactly("1", "2", "13", "12");
		var failure = this.fixtures.rows("select * from scrape_failures").getFirst();
		assertThat(failure).containsEntry("outcome", "limit_reached")
			.containsEntry("target_type", "creator")
			.containsEntry("target_id", ana.id());
		assertThat((String) failure.get("reason")).contains("at most 3").contains("2 new videos not added");
	}

	@Test
	void bringsBackAVideoThatAListingShowsAgain() {
		// given
		DueCreator ana = creator(this.project, "ana", "auto");
		long video = this.fixtures.video(this.project, ana.id(), "7301", "auto_tracked", NOW.minusSeconds(3600), NOW);
		this.jdbc.update("update videos set availability = 'private', unavailable_since = ? where id = ?",
				Timestamp.from(NOW), video);

		// when
		this.writer.write(Chunk.of(found(ana, post("7301", "ana", NOW.minusSeconds(3600), 1))));

		// then
		assertThat(this.fixtures.rows("select availability, unavailable_since from videos").getFirst())
			.containsEntry("availability", "available")
			.containsEntry("unavailable_since", null);
		assertThat(this.jdbc.queryForObject("select payload from outbox where topic = 'vidtrack.video-state'",
				String.class))
			.contains("\"availability\":\"available\"");
	}

	@Test
	void recordsAGoneAccountAndClearsItsRequest() {
		// given
		DueCreator ana = creator(this.project, "ana", "auto");
		this.jdbc.update("update creators set discovery_requested_at = ? where id = ?", Timestamp.from(NOW), ana.id());

		// when
		this.writer.write(Chunk.of(new CreatorDiscovery.Unavailable(ana, "not_found", "not_found (statusCode 10221)",
				NOW)));

		// then
		assertThat(this.fixtures.rows("select profile_status, discovery_requested_at from creators").getFirst())
			.containsEntry("profile_status", "not_found")
			.containsEntry("discovery_requested_at", null);
		assertThat(this.fixtures.rows("select outcome from scrape_failures")).extracting((row) -> row.get("outcome"))
			.containsExactly("gone");
		assertThat(this.fixtures.count("select count(*) from outbox")).isZero();
	}

	private List<String> outboxTopics() {
		return this.jdbc.queryForList("select topic from outbox", String.class);
	}

	private DueCreator creator(long project, String handle, String mode) {
		long id = this.fixtures.creator(project, handle, mode, LocalDate.parse("2026-11-01"));
		return new DueCreator(id, project, this.org, handle, null, mode, LocalDate.parse("2026-11-01"), "UTC", null,
				false, NEXT_DISCOVERY, NEXT_CAPTURE);
	}

	private static CreatorDiscovery.Found found(DueCreator creator, Post post) {
		return new CreatorDiscovery.Found(creator, profile(creator.handle(), false), List.of(post), NOW);
	}

}
