package io.vidtrack.schema;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The constraints do the guarding, whatever code writes the rows. */
class SchemaConstraintsTests {

	private static EmbeddedPostgres postgres;

	private static JdbcTemplate jdbc;

	private long project;

	@BeforeAll
	static void migrate() throws IOException {
		postgres = EmbeddedPostgres.start();
		Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
		jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void org() {
		jdbc.update("truncate orgs cascade");
		long org = jdbc.queryForObject("insert into orgs (name, plan_id) values ('o', 'free') returning id", Long.class);
		this.project = jdbc.queryForObject("insert into projects (org_id, name) values (?, 'p') returning id",
				Long.class, org);
	}

	@Test
	void rejectsTheSameTikTokVideoTwiceInOneProjectButAllowsItInAnother() {
		// given
		insertVideo(this.project, "7421688026996585528");
		long other = jdbc.queryForObject("insert into projects (org_id, name) select org_id, 'q' from projects "
				+ "where id = ? returning id", Long.class, this.project);

		// when / then
		assertThatThrownBy(() -> insertVideo(this.project, "7421688026996585528"))
			.isInstanceOf(DataIntegrityViolationException.class);
		insertVideo(other, "7421688026996585528");
	}

	@Test
	void allowsOneActiveHandlePerProjectIgnoringCase() {
		// given
		jdbc.update("insert into creators (project_id, tiktok_handle) values (?, 'Demo.Creator')", this.project);

		// when / then
		assertThatThrownBy(() -> jdbc.update("insert into creators (project_id, tiktok_handle) values (?, 'demo.creator')",
				this.project))
			.isInstanceOf(DataIntegrityViolationException.class);
		jdbc.update("update creators set active = false where project_id = ?", this.project);
		jdbc.update("insert into creators (project_id, tiktok_handle) values (?, 'demo.creator')", this.project);
	}

	@Test
	void rejectsInvalidHandlesStatusesAndTimezones() {
		assertThatThrownBy(() -> jdbc.update("insert into creators (project_id, tiktok_handle) values (?, '@bad handle')",
				this.project))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("insert into videos (project_id, tiktok_video_id, url, tracking_status) "
				+ "values (?, '1', 'u', 'tracked')", this.project))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("insert into orgs (name, plan_id, timezone) values ('x', 'free', 'Mars/Base')"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("time zone");
	}

	@Test
	void keepsARequestedCaptureDueAtTheNextSlot() {
		// given: a video captured, next due tomorrow
		insertVideo(this.project, "7421688026996585528");
		jdbc.update("update videos set next_capture_at = now() + interval '1 day'");

		// when / then: a request must make it due now, or it would wait for its schedule
		assertThatThrownBy(() -> jdbc.update("update videos set capture_requested_at = now()"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("videos_requested_capture_due_ck");
		jdbc.update("update videos set capture_requested_at = now(), next_capture_at = '-infinity'");
	}

	@Test
	void countsOnlyAutoIncludedAndDirectVideosThatAreNotDisabled() {
		// given
		for (String status : new String[] { "auto_tracked", "pending_review", "included", "excluded", "direct_add" }) {
			jdbc.update("insert into videos (project_id, tiktok_video_id, url, tracking_status) values (?, ?, 'u', ?)",
					this.project, Integer.toString(status.hashCode() & 0xffff), status);
		}
		jdbc.update("update videos set tracking_disabled = true where tracking_status = 'included'");

		// when
		var counted = jdbc.queryForList("select tracking_status from videos where counted order by 1", String.class);

		// then
		assertThat(counted).containsExactly("auto_tracked", "direct_add");
	}

	@Test
	void spreadsSnapshotsOverHashPartitionsAndKeepsOnePerVideoAndInstant() {
		// given
		for (int i = 0; i < 40; i++) {
			long video = insertVideo(this.project, Long.toString(7_000_000_000_000_000_000L + i));
			jdbc.update("insert into stats_snapshots (video_id, captured_at, views, likes, comments, shares, saves) "
					+ "values (?, '2026-11-25T10:00:00Z', 10, 1, 1, 1, 1)", video);
		}

		// when
		int partitionsUsed = jdbc.queryForObject(
				"select count(distinct tableoid) from stats_snapshots", Integer.class);

		// then
		assertThat(partitionsUsed).isGreaterThan(4);
		assertThatThrownBy(() -> jdbc.update("insert into stats_snapshots (video_id, captured_at, views, likes, comments, "
				+ "shares, saves) select video_id, captured_at, 1, 1, 1, 1, 1 from stats_snapshots limit 1"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private long insertVideo(long project, String tiktokId) {
		return jdbc.queryForObject("insert into videos (project_id, tiktok_video_id, url, tracking_status) "
				+ "values (?, ?, 'https://www.tiktok.com/@u/video/' || ?, 'auto_tracked') returning id", Long.class,
				project, tiktokId, tiktokId);
	}

}
