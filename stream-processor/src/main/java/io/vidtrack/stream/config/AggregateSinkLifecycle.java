package io.vidtrack.stream.config;

import java.util.function.Supplier;

import io.vidtrack.stream.sink.AggregateSink;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Starts the sink once the context is refreshed, after the aggregates topic was created, and stops it before
 * the data source closes.
 */
class AggregateSinkLifecycle implements SmartLifecycle {

	private final Supplier<AggregateSink> sinks;

	private @Nullable AggregateSink sink;

	AggregateSinkLifecycle(Supplier<AggregateSink> sinks) {
		this.sinks = sinks;
	}

	@Override
	public void start() {
		this.sink = this.sinks.get();
		this.sink.start();
	}

	@Override
	public void stop() {
		if (this.sink != null) {
			try {
				this.sink.close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.sink = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.sink != null;
	}

}
