package io.vidtrack.stream.topology;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import io.vidtrack.events.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.vidtrack.stream.topology.EntityType.PROJECT;
import static io.vidtrack.stream.topology.TopologyHarness.snapshot;
import static io.vidtrack.stream.topology.TopologyHarness.state;
import static org.assertj.core.api.Assertions.assertThat;

class MalformedInputTests {

	private static final Instant POSTED = Instant.parse("2026-03-01T12:00:00Z");

	@TempDir
	Path stateDir;

	private TopologyHarness topology;

	@BeforeEach
	void startTopology() {
		this.topology = new TopologyHarness(this.stateDir);
	}

	@AfterEach
	void closeTopology() {
		this.topology.close();
	}

	// Where the skipped records go (the dead-letter topic) is checked on a broker, in DeadLetterIntegrationTests:
	// the test driver does not capture what the exception handler sends.

	@Test
	void aSnapshotNoOneCanReadIsSkippedAndTheVideosNextSnapshotCounts() {
		// given
		this.topology.send(state(1, 1, 10L, "auto_tracked", "UTC", POSTED));
		this.topology.send(snapshot(1, "2026-03-02T08:00:00Z", 100L, 8));

		// when
		this.topology.sendRaw(Topics.VIDEO_SNAPSHOTS, 1, bytes("{\"videoId\":1,\"capturedAt\":\"yesterday\""));
		this.topology.send(snapshot(1, "2026-03-03T08:00:00Z", 250L, 8));

		// then
		assertThat(this.topology.totals(PROJECT, 1).counts().views()).isEqualTo(250);
		assertThat(this.topology.daily(PROJECT, 1, "2026-03-03").gained().views()).isEqualTo(150);
	}

	@Test
	void aStateNoOneCanReadIsSkippedAndTheVideosLaterStateCounts() {
		// when
		this.topology.sendRaw(Topics.VIDEO_STATE, 2, bytes("not json"));
		this.topology.send(state(2, 1, null, "direct_add", "UTC", POSTED));

		// then
		assertThat(this.topology.totals(PROJECT, 1).videos()).isEqualTo(1);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
