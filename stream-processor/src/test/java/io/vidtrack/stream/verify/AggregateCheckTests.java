package io.vidtrack.stream.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.vidtrack.stream.sink.internal.AggregateRows;
import io.vidtrack.stream.testsupport.Domain;
import io.vidtrack.stream.testsupport.TestDatabase;
import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Counts;
import io.vidtrack.stream.topology.EntityType;
import io.vidtrack.stream.topology.Tally;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The check's SQL against aggregates worked out by hand. */
class AggregateCheckTests {

	private static JdbcTemplate jdbc;

	private static long projectId;

	private static long campaignId;

	private final AggregateRows rows = new AggregateRows(jdbc);

	@BeforeAll
	static void seed() {
		jdbc = new JdbcTemplate(TestDatabase.newDatabase("check_tests"));
		Domain domain = new Domain(jdbc);
		// given a Berlin org: a counted video with a baseline and gains on both sides of a Berlin midnight,
		// an excluded video, and a campaign holding the counted one twice (as a video and through its creator)
		projectId = domain.project(domain.org("Europe/Berlin"));
		long creator = domain.creator(projectId, "checked");
		long counted = domain.video(projectId, creator, "auto_tracked", Instant.parse("2026-03-09T23:30:00Z"));
		long excluded = domain.video(projectId, creator, "excluded", null);
		domain.snapshot(counted, Instant.parse("2026-03-09T10:00:00Z"), 100L, 8);
		domain.snapshot(counted, Instant.parse("2026-03-09T22:30:00Z"), 150L, 16);
		domain.snapshot(counted, Instant.parse("2026-03-10T10:00:00Z"), null, 24);
		domain.snapshot(excluded, Instant.parse("2026-03-09T10:00:00Z"), 5000L, 8);
		campaignId = domain.campaign(projectId);
		domain.item(campaignId, "video", counted);
		domain.item(campaignId, "creator", creator);
	}

	@BeforeEach
	void storeTheRightAggregates() {
		jdbc.update("delete from aggregate_totals");
		jdbc.update("delete from aggregate_daily");
		for (EntityType type : EntityType.values()) {
			long id = switch (type) {
				case PROJECT -> projectId;
				case CREATOR -> jdbc.queryForObject("select id from creators where project_id = ?", Long.class,
						projectId);
				case CAMPAIGN -> campaignId;
			};
			this.rows.upsert(Map.of(
					AggregateKey.totals(type, id), new Tally(1, new Counts(-100, 16, 8, 4, 2), new Counts(100, 8, 4, 2, 1)),
					// 22:30 UTC is 23:30 in Berlin: the baseline day gains 50 views
					day(type, id, "2026-03-09"), new Tally(0, new Counts(50, 8, 4, 2, 1), new Counts(100, 8, 4, 2, 1)),
					// posted at 23:30 UTC, 00:30 in Berlin; the photo-like capture without views loses 150
					day(type, id, "2026-03-10"), new Tally(1, new Counts(-150, 8, 4, 2, 1), Counts.ZERO),
					day(type, id, "2026-03-11"), Tally.ZERO).entrySet());
		}
	}

	@Test
	void passesWhenEveryAggregateMatches() {
		// when
		CheckReport report = new AggregateCheck(jdbc).run();

		// then
		assertThat(report.mismatches()).isEmpty();
		assertThat(report.summary()).isEqualTo("aggregates=12 mismatches=0");
	}

	@Test
	void reportsAWrongValueAndAMissingRow() {
		// given
		jdbc.update("update aggregate_totals set likes = likes + 1 where entity_type = 'campaign'");
		jdbc.update("delete from aggregate_daily where entity_type = 'creator' and day = '2026-03-09'");

		// when
		CheckReport report = new AggregateCheck(jdbc).run();

		// then
		assertThat(report.passed()).isFalse();
		assertThat(report.mismatches()).extracting(Mismatch::entityType, Mismatch::day)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("campaign", null),
					org.assertj.core.groups.Tuple.tuple("creator", LocalDate.parse("2026-03-09")));
	}

	private static AggregateKey day(EntityType type, long id, String day) {
		return AggregateKey.daily(type, id, LocalDate.parse(day));
	}

}
