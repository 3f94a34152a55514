package io.vidtrack.ingest.prune;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.vidtrack.ingest.Fixtures;
import io.vidtrack.ingest.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;

import static org.assertj.core.api.Assertions.assertThat;

class PruneWriterTests {

	private static final Instant CUTOFF = Instant.parse("2026-10-26T00:00:00Z");

	private final Fixtures fixtures = new Fixtures(TestDatabase.jdbc());

	@BeforeEach
	void clean() {
		TestDatabase.clean();
	}

	@Test
	void deletesEverySnapshotBeforeTheNewestOneBeforeTheWindow() {
		// given
		long project = this.fixtures.project(this.fixtures.org("free"));
		long video = this.fixtures.video(project, null, "1", "auto_tracked", null, null);
		for (int days : new int[] { 40, 35, 31, 29, 1 }) {
			this.fixtures.snapshot(video, CUTOFF.plus(Duration.ofDays(30 - days)), days);
		}

		// when
		new PruneWriter(TestDatabase.jdbc()).write(Chunk.of(new PrunableVideo(video, CUTOFF)));

		// then: the 31-day-old snapshot is the anchor
		assertThat(TestDatabase.jdbc().queryForList("select views from stats_snapshots order by captured_at", Long.class))
			.containsExactly(31L, 29L, 1L);
		assertThat(this.fixtures.rows("select captured_at from stats_snapshots order by captured_at").getFirst())
			.containsEntry("captured_at", Timestamp.from(CUTOFF.minus(Duration.ofDays(1))));
	}

}
