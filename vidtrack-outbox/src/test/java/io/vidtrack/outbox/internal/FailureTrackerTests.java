package io.vidtrack.outbox.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTrackerTests {

	private final IllegalStateException failure = new IllegalStateException("broker down");

	@Test
	void doublesTheBackoffUpToTheCeiling() {
		// given
		FailureTracker tracker = new FailureTracker(Duration.ofMillis(100), Duration.ofMillis(500));

		// when
		Duration first = tracker.failed("Publishing", this.failure);
		Duration second = tracker.failed("Publishing", this.failure);
		Duration third = tracker.failed("Publishing", this.failure);
		Duration fourth = tracker.failed("Publishing", this.failure);

		// then
		assertThat(first).isEqualTo(Duration.ofMillis(100));
		assertThat(second).isEqualTo(Duration.ofMillis(200));
		assertThat(third).isEqualTo(Duration.ofMillis(400));
		assertThat(fourth).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void startsOverAfterASuccess() {
		// given
		FailureTracker tracker = new FailureTracker(Duration.ofMillis(100), Duration.ofSeconds(5));
		tracker.failed("Publishing", this.failure);
		tracker.failed("Publishing", this.failure);

		// when
		tracker.succeeded();

		// then
		assertThat(tracker.consecutive()).isZero();
		assertThat(tracker.failed("Publishing", this.failure)).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void keepsTheBackoffAtTheCeilingAfterManyFailures() {
		// given
		FailureTracker tracker = new FailureTracker(Duration.ofMillis(100), Duration.ofSeconds(5));

		// when
		Duration last = Duration.ZERO;
		for (int i = 0; i < 100; i++) {
			last = tracker.failed("Publishing", this.failure);
		}

		// then
		assertThat(last).isEqualTo(Duration.ofSeconds(5));
	}

}
