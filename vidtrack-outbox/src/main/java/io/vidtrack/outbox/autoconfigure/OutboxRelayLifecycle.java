package io.vidtrack.outbox.autoconfigure;

import io.vidtrack.outbox.OutboxRelay;

import org.springframework.context.SmartLifecycle;

/**
 * Starts the relay with the context. Rows written after the stop stay in the outbox for the next start (or a
 * standby).
 */
class OutboxRelayLifecycle implements SmartLifecycle {

	private final OutboxRelay relay;

	OutboxRelayLifecycle(OutboxRelay relay) {
		this.relay = relay;
	}

	@Override
	public void start() {
		this.relay.start();
	}

	@Override
	public void stop() {
		this.relay.close();
	}

	@Override
	public boolean isRunning() {
		return this.relay.isRunning();
	}

	@Override
	public int getPhase() {
		// stop after the web server's graceful shutdown (DEFAULT_PHASE - 1024), so the last API writes go out
		return DEFAULT_PHASE - 2048;
	}

}
