package io.vidtrack.stream.verify;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check's SQL against aggregates worked out by hand. */
class AggregateCheckTests {

	private static HandWorkedAggregates world;

	@BeforeAll
	static void seed() {
		world = HandWorkedAggregates.seed("check_tests");
	}

	@BeforeEach
	void storeTheRightAggregates() {
		world.storeTheRightAggregates();
	}

	@Test
	void passesWhenEveryAggregateMatches() {
		// when
		CheckReport report = new AggregateCheck(world.jdbc).run();

		// then
		assertThat(report.mismatches()).isEmpty();
		assertThat(report.summary()).isEqualTo("aggregates=12 mismatches=0");
	}

	@Test
	void reportsAWrongValueAndAMissingRow() {
		// given
		world.jdbc.update("update aggregate_totals set likes = likes + 1 where entity_type = 'campaign'");
		world.jdbc.update("delete from aggregate_daily where entity_type = 'creator' and day = '2026-03-09'");

		// when
		CheckReport report = new AggregateCheck(world.jdbc).run();

		// then
		assertThat(report.passed()).isFalse();
		assertThat(report.mismatches()).extracting(Mismatch::entityType, Mismatch::day)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("campaign", null),
					org.assertj.core.groups.Tuple.tuple("creator", LocalDate.parse("2026-03-09")));
	}

}
