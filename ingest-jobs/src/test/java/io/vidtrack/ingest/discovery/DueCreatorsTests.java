package io.vidtrack.ingest.discovery;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.TestDatabase;
import io.vidtrack.ingest.support.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which creators a discovery run takes, straight from the reader's SQL. */
class DueCreatorsTests {

	private static final Instant AS_OF = Instant.parse("2026-11-25T20:00:00Z");

	private final Fixtures fixtures = new Fixtures(TestDatabase.jdbc());

	@BeforeEach
	void clean() {
		TestDatabase.clean();
	}

	@Test
	void clampsTheOrgsFrequencyToThePlansFloor() {
		// given: both orgs ask for hourly discovery; the free plan allows every 24 h, ultra every hour
		long free = this.fixtures.project(this.fixtures.org("free", 1, 24));
		long ultra = this.fixtures.project(this.fixtures.org("ultra", 1, 24));
		long freeTwoHoursAgo = discovered(free, "a", Duration.ofHours(2));
		long freeADayAgo = discovered(free, "b", Duration.ofHours(24));
		long ultraTwoHoursAgo = discovered(ultra, "c", Duration.ofHours(2));
		discovered(ultra, "d", Duration.ofMinutes(30));

		// when
		List<Long> due = due(Slot.scheduled(AS_OF));

		// then
		assertThat(due).containsExactly(freeADayAgo, ultraTwoHoursAgo);
		assertThat(due).doesNotContain(freeTwoHoursAgo);
	}

	@Test
	void schedulesTheNextDiscoveryAndTheNewVideosCapturesOneClampedIntervalAfterTheSlot() {
		// given: discovery every 12 h and hourly stats asked for; the starter plan's floors are 6 h
		long project = this.fixtures.project(this.fixtures.org("starter", 12, 1));
		this.fixtures.creator(project, "a", "auto", LocalDate.parse("2026-11-01"));

		// when
		DueCreator creator = new NamedParameterJdbcTemplate(TestDatabase.dataSource())
			.queryForObject("select * from " + DueCreators.DUE, Slot.scheduled(AS_OF).queryParameters(),
					new DataClassRowMapper<>(DueCreator.class));

		// then
		assertThat(creator.nextDiscoveryAt()).isEqualTo(AS_OF.plus(Duration.ofHours(12)));
		assertThat(creator.nextCaptureAt()).isEqualTo(AS_OF.plus(Duration.ofHours(6)));
	}

	@Test
	void honoursAnOrgFrequencySlowerThanTheFloor() {
		// given: starter's floor is 6 h, the org wants 12 h
		long project = this.fixtures.project(this.fixtures.org("starter", 12, 24));
		discovered(project, "a", Duration.ofHours(7));
		long thirteenHoursAgo = discovered(project, "b", Duration.ofHours(13));

		// when / then
		assertThat(due(Slot.scheduled(AS_OF))).containsExactly(thirteenHoursAgo);
	}

	@Test
	void takesNewAndRequestedCreatorsAndLeavesInactiveOnesOut() {
		// given
		long project = this.fixtures.project(this.fixtures.org("free"));
		long fresh = this.fixtures.creator(project, "new", "auto", LocalDate.parse("2026-11-01"));
		long requested = discovered(project, "requested", Duration.ofMinutes(5));
		TestDatabase.jdbc().update("update creators set discovery_requested_at = ? where id = ?",
				Timestamp.from(AS_OF), requested);
		long inactive = this.fixtures.creator(project, "gone", "auto", LocalDate.parse("2026-11-01"));
		TestDatabase.jdbc().update("update creators set active = false where id = ?", inactive);

		// when / then
		assertThat(due(Slot.scheduled(AS_OF))).containsExactly(fresh, requested);
		assertThat(due(Slot.manual(AS_OF))).containsExactly(requested);
	}

	private long discovered(long project, String handle, Duration ago) {
		long creator = this.fixtures.creator(project, handle, "auto", LocalDate.parse("2026-11-01"));
		this.fixtures.discovered(creator, "sec-" + handle, AS_OF.minus(ago));
		return creator;
	}

	private List<Long> due(Slot slot) {
		return new NamedParameterJdbcTemplate(TestDatabase.dataSource())
			.queryForList("select id from " + DueCreators.DUE + " order by id", slot.queryParameters(), Long.class);
	}

}
