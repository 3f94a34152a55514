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

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of its own with a small world and its twelve aggregates worked out by hand: a Berlin org with a
 * counted video that has a baseline and gains on both sides of a Berlin midnight, an excluded video, and a
 * campaign holding the counted one twice (as a video and through its creator).
 */
final class HandWorkedAggregates {

	final JdbcTemplate jdbc;

	final long projectId;

	final long creatorId;

	final long campaignId;

	private HandWorkedAggregates(String database) {
		this.jdbc = new JdbcTemplate(TestDatabase.newDatabase(database));
		Domain domain = new Domain(this.jdbc);
		this.projectId = domain.project(domain.org("Europe/Berlin"));
		this.creatorId = domain.creator(this.projectId, "checked");
		long counted = domain.video(this.projectId, this.creatorId, "auto_tracked",
				Instant.parse("2026-03-09T23:30:00Z"));
		long excluded = domain.video(this.projectId, this.creatorId, "excluded", null);
		domain.snapshot(counted, Instant.parse("2026-03-09T10:00:00Z"), 100L, 8);
		domain.snapshot(counted, Instant.parse("2026-03-09T22:30:00Z"), 150L, 16);
		domain.snapshot(counted, Instant.parse("2026-03-10T10:00:00Z"), null, 24);
		domain.snapshot(excluded, Instant.parse("2026-03-09T10:00:00Z"), 5000L, 8);
		this.campaignId = domain.campaign(this.projectId);
		domain.item(this.campaignId, "video", counted);
		domain.item(this.campaignId, "creator", this.creatorId);
	}

	/** Creates {@code database} and writes the world into it. */
	static HandWorkedAggregates seed(String database) {
		return new HandWorkedAggregates(database);
	}

	/** Replaces the stored aggregates with the right ones, the same for the project, the creator and the campaign. */
	void storeTheRightAggregates() {
		this.jdbc.update("delete from aggregate_totals");
		this.jdbc.update("delete from aggregate_daily");
		AggregateRows rows = new AggregateRows(this.jdbc);
		for (EntityType type : EntityType.values()) {
			long id = switch (type) {
				case PROJECT -> this.projectId;
				case CREATOR -> this.creatorId;
				case CAMPAIGN -> this.campaignId;
			};
			rows.upsert(Map.of(
					AggregateKey.totals(type, id), new Tally(1, new Counts(-100, 16, 8, 4, 2), new Counts(100, 8, 4, 2, 1)),
					// 22:30 UTC is 23:30 in Berlin: the baseline day gains 50 views
					day(type, id, "2026-03-09"), new Tally(0, new Counts(50, 8, 4, 2, 1), new Counts(100, 8, 4, 2, 1)),
					// posted at 23:30 UTC, 00:30 in Berlin; the photo-like capture without views loses 150
					day(type, id, "2026-03-10"), new Tally(1, new Counts(-150, 8, 4, 2, 1), Counts.ZERO),
					day(type, id, "2026-03-11"), Tally.ZERO).entrySet());
		}
	}

	private static AggregateKey day(EntityType type, long id, String day) {
		return AggregateKey.daily(type, id, LocalDate.parse(day));
	}

}
