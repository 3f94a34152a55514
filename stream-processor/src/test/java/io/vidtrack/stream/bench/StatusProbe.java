package io.vidtrack.stream.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vidtrack.events.EventJson;
import io.vidtrack.events.VidtrackEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Approves and excludes a video in a project of its own, in turn, and watches the project's views in Postgres:
 * each change's latency runs from Kafka's acknowledgement of the state event to its project's total showing it.
 * A status change takes another path than a snapshot: through the video's scope table and the foreign-key join
 * on its creator, then the retraction or addition of the video's whole history.
 */
final class StatusProbe {

	private static final long PATIENCE_MILLIS = 30_000;

	private final JdbcTemplate jdbc;

	private final KafkaProducer<String, String> producer;

	private final BenchWorld world;

	private final List<Long> latencies = new ArrayList<>();

	private volatile boolean running = true;

	private boolean counted;

	private Thread thread;

	StatusProbe(JdbcTemplate jdbc, KafkaProducer<String, String> producer, BenchWorld world) {
		this.jdbc = jdbc;
		this.producer = producer;
		this.world = world;
	}

	void start() {
		this.thread = Thread.ofPlatform().name("status-probe").start(this::flipInTurn);
	}

	void stop() throws InterruptedException {
		this.running = false;
		this.thread.join();
	}

	/** The latencies seen since the last call. */
	synchronized List<Long> takeLatencies() {
		List<Long> taken = new ArrayList<>(this.latencies);
		this.latencies.clear();
		return taken;
	}

	private void flipInTurn() {
		try {
			while (this.running) {
				this.counted = !this.counted;
				long acked = send(this.world.statusProbeState(this.counted));
				long expected = this.counted ? this.world.statusProbeViews() : 0;
				long seen = awaitViews(expected, acked);
				synchronized (this) {
					this.latencies.add((seen - acked) / 1_000_000);
				}
				Thread.sleep(200);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private long send(VidtrackEvent event) throws InterruptedException {
		try {
			this.producer.send(new ProducerRecord<>(event.topic(), event.key(), EventJson.write(event)))
				.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
			return System.nanoTime();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("status probe event not acknowledged", ex);
		}
	}

	private long awaitViews(long expected, long since) throws InterruptedException {
		while (System.nanoTime() - since < PATIENCE_MILLIS * 1_000_000) {
			if (LatencyProbe.projectViews(this.jdbc, this.world.statusProbeProject()) == expected) {
				return System.nanoTime();
			}
			Thread.sleep(5);
		}
		throw new IllegalStateException("the status probe's project did not reach " + expected + " views");
	}

}
