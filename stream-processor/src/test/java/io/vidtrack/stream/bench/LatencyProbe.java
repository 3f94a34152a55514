package io.vidtrack.stream.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vidtrack.events.EventJson;
import io.vidtrack.events.StatsSnapshotCaptured;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends a snapshot of the probe video every 50 ms with ever higher views, and watches the probe project's
 * total in Postgres: each value's latency runs from Kafka's acknowledgement to its first sighting.
 */
final class LatencyProbe {

	private final JdbcTemplate jdbc;

	private final KafkaProducer<String, String> producer;

	private final BenchWorld world;

	private final Map<Long, Long> ackedAt = new ConcurrentHashMap<>();

	private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

	private volatile boolean running = true;

	private final List<Thread> threads = new ArrayList<>();

	LatencyProbe(JdbcTemplate jdbc, KafkaProducer<String, String> producer, BenchWorld world) {
		this.jdbc = jdbc;
		this.producer = producer;
		this.world = world;
	}

	void start() {
		this.threads.add(Thread.ofPlatform().name("probe-sender").start(this::sendProbes));
		this.threads.add(Thread.ofPlatform().name("probe-watcher").start(this::watch));
	}

	void stop() throws InterruptedException {
		this.running = false;
		for (Thread thread : this.threads) {
			thread.join();
		}
	}

	/** The latencies seen since the last call: one probe spans the benchmark's phases, its views rising on. */
	List<Long> takeLatencies() {
		synchronized (this.latencies) {
			List<Long> taken = new ArrayList<>(this.latencies);
			this.latencies.clear();
			return taken;
		}
	}

	private void sendProbes() {
		long views = 1;
		while (this.running) {
			long value = views++;
			var snapshot = new StatsSnapshotCaptured(this.world.probeVideo(),
					BenchWorld.START.plusMillis(value), value, 0, 0, 0, 0, value == 1);
			this.producer.send(new ProducerRecord<>(snapshot.topic(), snapshot.key(), EventJson.write(snapshot)),
					(metadata, ex) -> this.ackedAt.put(value, System.nanoTime()));
			sleep(50);
		}
	}

	private void watch() {
		long seen = 0;
		while (this.running) {
			long views = projectViews(this.jdbc, this.world.probeProject());
			long now = System.nanoTime();
			for (long value = seen + 1; value <= views; value++) {
				Long acked = this.ackedAt.remove(value);
				// a value overtaken within one commit was readable as soon as the newer one
				if (acked != null) {
					this.latencies.add(Math.max(0, (now - acked) / 1_000_000));
				}
			}
			seen = Math.max(seen, views);
			sleep(5);
		}
	}

	/** The project's views where the API reads them, 0 before its first aggregate. */
	static long projectViews(JdbcTemplate jdbc, long project) {
		return jdbc.queryForList("select views from aggregate_totals where entity_type = 'project' and entity_id = ?",
				Long.class, project).stream().findFirst().orElse(0L);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
