package io.vidtrack.stream.sink.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.vidtrack.stream.testsupport.TestDatabase;
import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.Counts;
import io.vidtrack.stream.topology.EntityType;
import io.vidtrack.stream.topology.Tally;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SinkWriterTests {

	private static final DataSource database = TestDatabase.newDatabase("sink_writer_tests");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

	private final JdbcTemplate jdbc = new JdbcTemplate(database);

	@Test
	void writesEveryColumnOfManyTotalsAndDaysInOneWriteAndOverwritesThemWithTheNextValues() {
		// given
		SinkWriter writer = new SinkWriter(database, "topic-a");
		writer.resume(List.of(0));
		Map<AggregateKey, Tally> first = new LinkedHashMap<>();
		for (long creator = 1; creator <= 1_500; creator++) {
			first.put(AggregateKey.totals(EntityType.CREATOR, creator), tally(creator));
			first.put(AggregateKey.daily(EntityType.CREATOR, creator, DAY), tally(creator + 1));
		}
		Map<AggregateKey, Tally> second = Map.of(AggregateKey.totals(EntityType.CREATOR, 7), tally(700),
				AggregateKey.daily(EntityType.PROJECT, 3, DAY.plusDays(1)), tally(9));

		// when
		boolean wroteFirst = writer.write(first.entrySet(), Map.of(0, 10L));
		boolean wroteSecond = writer.write(second.entrySet(), Map.of(0, 12L));

		// then
		assertThat(wroteFirst).isTrue();
		assertThat(wroteSecond).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from aggregate_totals where entity_type = 'creator'",
				Long.class)).isEqualTo(1_500);
		// totals hold the latest counts: gains and baselines together
		assertThat(this.jdbc.queryForList("select videos, views, likes, comments, shares, saves from aggregate_totals"
				+ " where entity_type = 'creator' and entity_id = 7")).containsExactly(Map.of("videos", 700L, "views",
						770_000L, "likes", 715_400L, "comments", 18_900L, "shares", 22_400L, "saves", 4_200L));
		assertThat(this.jdbc.queryForList("select videos, gained_views, gained_likes, gained_comments, gained_shares,"
				+ " gained_saves, baseline_views, baseline_likes, baseline_comments, baseline_shares, baseline_saves"
				+ " from aggregate_daily where entity_type = 'creator' and entity_id = 41 and day = ?", DAY))
			.containsExactly(Map.ofEntries(Map.entry("videos", 42L), Map.entry("gained_views", 4_200L),
					Map.entry("gained_likes", 84L), Map.entry("gained_comments", 126L),
					Map.entry("gained_shares", 168L), Map.entry("gained_saves", 210L),
					Map.entry("baseline_views", 42_000L), Map.entry("baseline_likes", 42_840L),
					Map.entry("baseline_comments", 1_008L), Map.entry("baseline_shares", 1_176L),
					Map.entry("baseline_saves", 42L)));
		assertThat(this.jdbc.queryForObject("select videos from aggregate_daily where entity_type = 'project'"
				+ " and entity_id = 3 and day = ?", Long.class, DAY.plusDays(1))).isEqualTo(9);
	}

	@Test
	void writesNothingWhenAnotherSinkMovedTheOffsetsOnMeanwhile() {
		// given
		SinkWriter writer = new SinkWriter(database, "topic-b");
		SinkWriter other = new SinkWriter(database, "topic-b");
		writer.resume(List.of(0));
		other.resume(List.of(0));
		other.write(Map.of(AggregateKey.totals(EntityType.PROJECT, 1), tally(1)).entrySet(), Map.of(0, 5L));

		// when
		boolean written = writer.write(Map.of(AggregateKey.totals(EntityType.PROJECT, 1), tally(2)).entrySet(),
				Map.of(0, 3L));

		// then
		assertThat(written).isFalse();
		assertThat(this.jdbc.queryForObject("select videos from aggregate_totals where entity_type = 'project'"
				+ " and entity_id = 1", Long.class)).isEqualTo(1);
	}

	/** Distinct values in every column, so that a column written into another's place shows. */
	private static Tally tally(long n) {
		return new Tally(n, new Counts(100 * n, 2 * n, 3 * n, 4 * n, 5 * n),
				new Counts(1_000 * n, 1_000 * n + 2 * n * 10, 24 * n, 28 * n, n));
	}

}
