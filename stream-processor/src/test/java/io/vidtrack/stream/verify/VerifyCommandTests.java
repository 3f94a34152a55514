package io.vidtrack.stream.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code verify} prints and the exit status it returns: scripts and the benchmark read both. */
class VerifyCommandTests {

	private static HandWorkedAggregates world;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@BeforeAll
	static void seed() {
		world = HandWorkedAggregates.seed("verify_command_tests");
	}

	@BeforeEach
	void storeTheRightAggregates() {
		world.storeTheRightAggregates();
	}

	@Test
	void printsOnlyTheSummaryAndExitsWithZeroWhenEveryAggregateMatches() {
		// when
		int status = verify();

		// then
		assertThat(status).isZero();
		assertThat(lines()).containsExactly("aggregates=12 mismatches=0");
	}

	@Test
	void printsTheMismatchBeforeTheSummaryAndExitsWithOneWhenAnAggregateDiffers() {
		// given
		world.jdbc.update("update aggregate_totals set likes = likes + 1 where entity_type = 'campaign'");

		// when
		int status = verify();

		// then
		assertThat(status).isEqualTo(1);
		assertThat(lines()).hasSize(2);
		assertThat(lines()[0]).startsWith("mismatch campaign " + world.campaignId + " totals: expected [");
		assertThat(lines()[1]).isEqualTo("aggregates=12 mismatches=1");
	}

	private int verify() {
		try (PrintStream out = new PrintStream(this.printed, true, StandardCharsets.UTF_8)) {
			return VerifyCommand.run(world.jdbc, out);
		}
	}

	private String[] lines() {
		return this.printed.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
	}

}
