package io.vidtrack.stream.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.vidtrack.events.EventJson;
import io.vidtrack.events.VidtrackEvent;
import io.vidtrack.stream.sink.AggregateSink;
import io.vidtrack.stream.testsupport.TestBroker;
import io.vidtrack.stream.testsupport.TestDatabase;
import io.vidtrack.stream.topology.StatePlacement;
import io.vidtrack.stream.topology.TopologySettings;
import io.vidtrack.stream.topology.StreamsSettings;
import io.vidtrack.stream.topology.VidtrackTopology;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pushes snapshot events (default 1M over 100k videos, 1k creators, 100 nested campaigns) through the topology
 * on the embedded broker with exactly-once, into Postgres through the sink, twice: unthrottled (throughput), then
 * at a sustained rate (latency, 50,000 events/s unless {@code bench.rate} says otherwise; 0 skips the phase and
 * reports the first phase's backlog latency). Prints {@code events_per_s=<n> p50_ms=<n> p99_ms=<n>}: the first
 * phase's snapshot events over the time from the first send to the last aggregate written, the second phase's
 * latencies from a probe snapshot's acknowledgement by Kafka to its project's total being readable in Postgres.
 * Untimed warm-up rounds come first, until the JIT has settled. Arguments: {@code [videos] [rounds] [threads]}
 * (rounds per phase); system properties {@code bench.rate}, {@code bench.warmup-rounds},
 * {@code bench.max-warmup-rounds}, {@code bench.flush-ms}, {@code bench.flush-share}, {@code bench.commit-ms},
 * {@code bench.state-dir}, {@code bench.print-latencies},
 * {@code bench.state} ({@code disk}, {@code memory}; default the application's {@code history-on-disk}).
 */
public final class StreamBench {

	private StreamBench() {
	}

	public static void main(String[] args) throws Exception {
		int videos = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		// one stream thread, as the application runs by default: on two cores a second one measured no faster
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 1;
		BenchWorld world = new BenchWorld(videos, 1000);
		TestDatabase.newDatabase("stream_bench");
		// pooled, as the application's (Boot's Hikari): a fresh connection per probe query or sink write would
		// fork a Postgres backend each time and take the CPU the pipeline is measured with
		HikariDataSource database = new HikariDataSource();
		database.setJdbcUrl(TestDatabase.jdbcUrl("stream_bench"));
		database.setMaximumPoolSize(4);
		JdbcTemplate jdbc = new JdbcTemplate(database);
		String kafka = TestBroker.bootstrapServers();
		// -Dbench.state-dir=<dir> puts the stream processor's state elsewhere than the temporary directory (the broker's)
		Path stateDir = Files.createTempDirectory(Path.of(System.getProperty("bench.state-dir",
				System.getProperty("java.io.tmpdir"))), "stream-bench");
		try (var producer = producer(kafka); var sink = sink(database, kafka); var streams = streams(kafka, stateDir, threads)) {
			streams.start();
			sink.start();
			// the population first: states and memberships, not timed
			send(producer, world.probeState());
			send(producer, world.statusProbeState(false));
			send(producer, world.statusProbeSnapshot());
			for (long creator = 1; creator <= world.creators(); creator++) {
				send(producer, world.campaigns(creator));
			}
			for (long video = 1; video <= videos; video++) {
				send(producer, world.state(video));
			}
			producer.flush();
			awaitSum(jdbc, "videos", videos, Duration.ofMinutes(5));
			System.err.printf("population ready: %d videos at %d, heap after GC %d MB%n", videos,
					System.currentTimeMillis(), retainedHeapMb());

			// warm-up rounds, not timed, until the JIT has settled: the broker, the clients, Streams and the topology
			// are thousands of methods to compile, and after two rounds the compiler still took 0.4 of a core
			// through the timed phase (session 8), measuring the compiler instead of the topology
			int warmup = warmUp(producer, world, jdbc);

			Thread.ofPlatform().daemon().name("bench-metrics").start(() -> ThreadMetrics.print(streams));
			LatencyProbe probe = new LatencyProbe(jdbc, producer, world);
			probe.start();
			StatusProbe statusProbe = new StatusProbe(jdbc, producer, world);
			statusProbe.start();
			Phase.Probes probes = new Phase.Probes(probe, statusProbe);
			// throughput: unthrottled, so the probe's latency only measures the backlog
			Phase throughput = timedPhase(producer, world, jdbc, probes, warmup, rounds, 0);
			System.err.println("throughput phase: " + throughput);
			// latency: at a sustained rate, the target's by default, the pipeline keeping up
			long rate = Long.getLong("bench.rate", LATENCY_RATE);
			Phase latency = (rate > 0) ? timedPhase(producer, world, jdbc, probes, warmup + rounds, rounds, rate)
					: throughput;
			idleStatusChanges(statusProbe);
			probe.stop();
			statusProbe.stop();
			if (rate > 0) {
				reportLatencyPhase(latency, rate);
			}
			// how much the sink wrote: each aggregate row written costs Postgres an upsert
			System.err.println("rows written by the sink: " + jdbc.queryForList("select relname, n_tup_ins + n_tup_upd"
					+ " as written from pg_stat_user_tables where relname like 'aggregate_%' order by relname"));
			System.err.printf("heap after GC %d MB%n", retainedHeapMb());
			System.out.printf("events_per_s=%d p50_ms=%d p99_ms=%d%n", Math.round(throughput.eventsPerSecond()),
					latency.percentile(50), latency.percentile(99));
		}
		System.exit(0);
	}

	/** Status changes with no snapshots arriving: what approving a video in the dashboard meets most of the day. */
	private static void idleStatusChanges(StatusProbe statusProbe) throws InterruptedException {
		statusProbe.takeLatencies();
		Thread.sleep(IDLE_MILLIS);
		List<Long> idle = statusProbe.takeLatencies();
		System.err.printf("status changes with no load: %d, p50 %d ms, max %d ms%n", idle.size(),
				Phase.percentile(idle, 50), Phase.percentile(idle, 100));
	}

	private static void reportLatencyPhase(Phase latency, long rate) {
		System.err.println("latency phase at " + rate + " events/s: " + latency);
		if (Boolean.getBoolean("bench.print-latencies")) {
			// in the order taken, one every 50 ms: where the tail sits in time
			System.err.println("latencies in order: " + latency.latencies());
		}
		if (latency.eventsPerSecond() < rate * 0.95) {
			System.err.println("the pipeline did not keep up with " + rate
					+ " events/s: the latency phase measured a backlog");
		}
	}

	/**
	 * Sends {@code rounds} rounds from round {@code first} at {@code rate} events/s (0: at once) and waits for their
	 * last aggregate in Postgres.
	 */
	private static Phase timedPhase(KafkaProducer<String, String> producer, BenchWorld world, JdbcTemplate jdbc,
			Phase.Probes probes, int first, int rounds, long rate) throws InterruptedException {
		probes.snapshots().takeLatencies();
		probes.statuses().takeLatencies();
		CpuMeter cpu = new CpuMeter();
		long started = System.nanoTime();
		sendRounds(producer, world, first, rounds, rate);
		awaitSum(jdbc, "views", expectedViews(world, first + rounds - 1), Duration.ofMinutes(30));
		double seconds = (System.nanoTime() - started) / 1e9;
		long events = (long) world.videos() * rounds;
		return new Phase(events, seconds, probes.snapshots().takeLatencies(), probes.statuses().takeLatencies(),
				cpu.perEvent(events));
	}

	/**
	 * At least {@code bench.warmup-rounds} rounds (default 2), then more while the JIT compiled for more than a tenth
	 * of the last round's time, {@code bench.max-warmup-rounds} (default 10) at most.
	 * @return the rounds sent
	 */
	private static int warmUp(KafkaProducer<String, String> producer, BenchWorld world, JdbcTemplate jdbc)
			throws Exception {
		int least = Integer.getInteger("bench.warmup-rounds", 2);
		int most = Math.max(least, Integer.getInteger("bench.max-warmup-rounds", 10));
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		int round = 0;
		double share = 1;
		while (round < least || (round < most && share > 0.1)) {
			long compiling = jit.getTotalCompilationTime();
			long started = System.nanoTime();
			sendRounds(producer, world, round, 1, 0);
			awaitSum(jdbc, "views", expectedViews(world, round), Duration.ofMinutes(10));
			share = (jit.getTotalCompilationTime() - compiling) / ((System.nanoTime() - started) / 1e6);
			round++;
		}
		System.err.printf("warm-up done: %d rounds, the JIT compiling %.0f %% of the last one's time%n", round,
				share * 100);
		return round;
	}

	/** Sends {@code count} rounds of snapshots from round {@code first}, at {@code rate} events/s (0: at once). */
	private static void sendRounds(KafkaProducer<String, String> producer, BenchWorld world, int first, int count,
			long rate) throws InterruptedException {
		long started = System.nanoTime();
		long sent = 0;
		for (int round = first; round < first + count; round++) {
			for (long video = 1; video <= world.videos(); video++) {
				send(producer, world.snapshot(video, round));
				if (rate > 0 && ++sent % 500 == 0) {
					long ahead = sent * 1_000_000_000L / rate - (System.nanoTime() - started);
					if (ahead > 0) {
						Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
					}
				}
			}
		}
		producer.flush();
	}

	private static long expectedViews(BenchWorld world, int lastRound) {
		long views = 0;
		for (long video = 1; video <= world.videos(); video++) {
			views += world.views(video, lastRound);
		}
		return views;
	}

	static void send(KafkaProducer<String, String> producer, VidtrackEvent event) {
		producer.send(new ProducerRecord<>(event.topic(), event.key(), EventJson.write(event)));
	}

	private static KafkaProducer<String, String> producer(String kafka) {
		return new KafkaProducer<>(Map.of("bootstrap.servers", kafka, "enable.idempotence", true, "acks", "all",
				"linger.ms", 10, "batch.size", 262_144), new StringSerializer(), new StringSerializer());
	}

	// the state stores' share of the heap (with the state placement's default most of them live there); the
	// broker and the clients in this JVM add a roughly constant part
	private static long retainedHeapMb() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
	}

	private static final String STREAMS_PREFIX = "bench.streams.";

	// the target rate: the latency phase asks whether the pipeline answers within a second at it
	private static final long LATENCY_RATE = 50_000;

	private static final long IDLE_MILLIS = 6_000;

	private static KafkaStreams streams(String kafka, Path stateDir, int threads) {
		StreamsBuilder builder = new StreamsBuilder();
		long flushMillis = Long.getLong("bench.flush-ms", TopologySettings.defaults().flushInterval().toMillis());
		double flushShare = Double.parseDouble(System.getProperty("bench.flush-share",
				Double.toString(TopologySettings.defaults().flushShare())));
		StatePlacement state = StatePlacement.valueOf(System.getProperty("bench.state",
				TopologySettings.defaults().state().name()).toUpperCase(Locale.ROOT).replace('-', '_'));
		VidtrackTopology.build(builder, new TopologySettings(Duration.ofMillis(flushMillis), state, flushShare));
		Map<String, Object> overrides = new HashMap<>(Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString(),
				StreamsConfig.REPLICATION_FACTOR_CONFIG, 1, StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads));
		// the application's commit interval unless -Dbench.commit-ms says otherwise
		if (Long.getLong("bench.commit-ms") != null) {
			overrides.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.getLong("bench.commit-ms"));
		}
		// any other Streams setting: -Dbench.streams.<name>=<value>, e.g. -Dbench.streams.poll.ms=10
		System.getProperties().stringPropertyNames().stream().filter((name) -> name.startsWith(STREAMS_PREFIX))
			.forEach((name) -> overrides.put(name.substring(STREAMS_PREFIX.length()), System.getProperty(name)));
		return new KafkaStreams(builder.build(),
				new StreamsConfig(StreamsSettings.exactlyOnce(kafka, "stream-bench", overrides)));
	}

	private static AggregateSink sink(DataSource database, String kafka) {
		return new AggregateSink(database, AggregateSink.consumerConfig(kafka, "stream-bench-sink"),
				Duration.ofMillis(20));
	}

	/** Waits until the projects' totals (the probe's excepted) sum up to {@code expected}. */
	private static void awaitSum(JdbcTemplate jdbc, String column, long expected, Duration patience)
			throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		String sql = "select coalesce(sum(" + column + "), 0) from aggregate_totals where entity_type = 'project'"
				+ " and entity_id <= " + BenchWorld.PROJECTS;
		while (System.nanoTime() < deadline) {
			Long sum = jdbc.queryForObject(sql, Long.class);
			if (sum != null && sum == expected) {
				return;
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("Project " + column + " did not reach " + expected + " within " + patience);
	}

}
