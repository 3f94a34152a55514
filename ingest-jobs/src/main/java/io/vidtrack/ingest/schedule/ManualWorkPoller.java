package io.vidtrack.ingest.schedule;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Starts a manual run when somebody asked for work (a creator added, a video added by URL, a manual refresh)
 * since the last manual run started. The run takes every pending request, older ones included, so a request
 * whose fetch failed is retried with the next new request or the next hourly slot, not every few seconds.
 * Request times are compared with request times only, so the app's and the database's clocks need not agree.
 */
class ManualWorkPoller implements Runnable {

	private static final String LATEST_DISCOVERY_REQUEST = """
			select max(discovery_requested_at) from creators where discovery_requested_at is not null and active""";

	private static final String LATEST_CAPTURE_REQUEST = """
			select max(capture_requested_at) from videos where capture_requested_at is not null""";

	private final JdbcOperations jdbc;

	private final IngestRuns runs;

	// only the polling thread reads and writes these
	private Instant discoveryServedUpTo = Instant.MIN;

	private Instant captureServedUpTo = Instant.MIN;

	ManualWorkPoller(JdbcOperations jdbc, IngestRuns runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	@Override
	public void run() {
		Instant discovery = latest(LATEST_DISCOVERY_REQUEST);
		if (discovery != null && discovery.isAfter(this.discoveryServedUpTo) && this.runs.tryDiscoverRequested()) {
			this.discoveryServedUpTo = discovery;
		}
		Instant capture = latest(LATEST_CAPTURE_REQUEST);
		if (capture != null && capture.isAfter(this.captureServedUpTo) && this.runs.tryCaptureRequested()) {
			this.captureServedUpTo = capture;
		}
	}

	private @Nullable Instant latest(String sql) {
		Timestamp latest = this.jdbc.queryForObject(sql, Timestamp.class);
		return (latest != null) ? latest.toInstant() : null;
	}

}
