package io.vidtrack.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.vidtrack.outbox.internal.BatchPublisher;
import io.vidtrack.outbox.internal.FailureTracker;
import io.vidtrack.outbox.internal.LeaderLock;
import io.vidtrack.outbox.internal.OutboxRow;
import io.vidtrack.outbox.internal.OutboxRows;
import org.apache.kafka.clients.producer.Producer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishes committed outbox rows to Kafka in id order and deletes them once Kafka acknowledged them.
 * <p>
 * One relay publishes at a time: it holds a Postgres advisory lock, and any other relay sharing the lock key
 * idles as a standby until the lock is free. Each turn reads the oldest rows, sends them all, waits for every
 * acknowledgement and only then deletes them, so nothing is skipped. A relay killed between the send and the
 * delete sends those rows again after the restart: delivery is at least once, and consumers stay correct
 * because events carry absolute state and a re-send repeats a suffix in the same order.
 */
public final class OutboxRelay implements AutoCloseable {

	/** Header carrying the outbox row id (decimal text), for consumers that drop re-sent records per key. */
	public static final String OUTBOX_ID_HEADER = BatchPublisher.OUTBOX_ID_HEADER;

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final Supplier<Producer<String, String>> producers;

	private final @Nullable TopicsInitializer topics;

	private final OutboxRelaySettings settings;

	private final LeaderLock lock;

	private final FailureTracker failures;

	private final JdbcTemplate jdbc;

	private final Thread thread;

	private final AtomicBoolean started = new AtomicBoolean();

	private final CountDownLatch stopping = new CountDownLatch(1);

	private final AtomicLong published = new AtomicLong();

	private final AtomicLong batches = new AtomicLong();

	private final AtomicLong failedAttempts = new AtomicLong();

	private volatile long lastPublishedId;

	private volatile boolean leader;

	// touched by the relay thread only
	private @Nullable BatchPublisher publisher;

	private boolean topicsReady;

	/**
	 * @param producers creates the producer, again after a failed batch; see {@link OutboxKafka#producers}
	 * @param topics creates missing topics before the first publish, or {@code null} to leave that to others
	 */
	public OutboxRelay(DataSource dataSource, Supplier<Producer<String, String>> producers,
			@Nullable TopicsInitializer topics, OutboxRelaySettings settings) {
		this.producers = producers;
		this.topics = topics;
		this.settings = settings;
		this.lock = new LeaderLock(dataSource, settings.lockKey());
		this.failures = new FailureTracker(settings.idleSleep(), settings.maxBackoff());
		this.jdbc = new JdbcTemplate(dataSource);
		// a platform thread: Kafka's producer blocks inside synchronized code, which pins a virtual thread on Java 21
		this.thread = Thread.ofPlatform().name("outbox-relay").daemon(true).unstarted(this::run);
	}

	public void start() {
		if (!this.started.compareAndSet(false, true)) {
			throw new IllegalStateException("An outbox relay starts once");
		}
		this.thread.start();
	}

	public boolean isRunning() {
		return this.thread.isAlive();
	}

	public OutboxStats stats() {
		long lag;
		try {
			Long rows = this.jdbc.queryForObject("select count(*) from outbox", Long.class);
			lag = (rows != null) ? rows : -1;
		}
		catch (RuntimeException ex) {
			lag = -1;
		}
		return new OutboxStats(this.leader, this.published.get(), this.batches.get(), this.lastPublishedId, lag,
				this.failedAttempts.get());
	}

	/** Stops after the batch in hand, then releases the producer and the lock. */
	@Override
	public void close() {
		this.stopping.countDown();
		if (!this.started.get() || Thread.currentThread() == this.thread) {
			return;
		}
		try {
			if (!this.thread.join(STOP_TIMEOUT)) {
				logger.warn("Outbox relay did not stop within {}; interrupting it", STOP_TIMEOUT);
				this.thread.interrupt();
				this.thread.join(STOP_TIMEOUT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void run() {
		logger.info("Outbox relay started (lock key {})", this.settings.lockKey());
		try {
			while (this.stopping.getCount() > 0) {
				Duration pause = turn();
				if (!pause.isZero()) {
					this.stopping.await(pause.toNanos(), TimeUnit.NANOSECONDS);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			closePublisher();
			this.lock.close();
			this.leader = false;
			logger.info("Outbox relay stopped after publishing {} rows", this.published.get());
		}
	}

	/** Publishes one batch if this relay is the leader, and returns how long to pause before the next turn. */
	private Duration turn() {
		try {
			Connection connection = this.lock.tryAcquire();
			if (connection == null) {
				this.leader = false;
				return this.settings.standbyRetry();
			}
			if (!this.leader) {
				logger.info("Outbox relay holds the lock and publishes");
				this.leader = true;
			}
			int sent = publishBatch(connection);
			this.failures.succeeded();
			return (sent < this.settings.batchSize()) ? this.settings.idleSleep() : Duration.ZERO;
		}
		catch (SQLException | RuntimeException ex) {
			this.failedAttempts.incrementAndGet();
			if (ex instanceof SQLException) {
				// the session may be gone, and the lock with it: take it again before publishing more
				this.lock.close();
				this.leader = false;
				return this.failures.failed("Reading or deleting outbox rows in Postgres", ex);
			}
			// a producer that failed may be unusable (fenced, fatal): the retry gets a new one; and a broker
			// that comes back may have lost its topics (a local one keeps no logs), so check them again
			closePublisher();
			this.topicsReady = false;
			return this.failures.failed("Publishing outbox rows to Kafka", ex);
		}
	}

	private int publishBatch(Connection connection) throws SQLException {
		List<OutboxRow> rows = OutboxRows.oldest(connection, this.settings.batchSize());
		if (rows.isEmpty()) {
			return 0;
		}
		if (!this.topicsReady) {
			if (this.topics != null) {
				this.topics.ensureTopics();
			}
			this.topicsReady = true;
		}
		publisher().publish(rows);
		OutboxRows.delete(connection, rows);
		this.published.addAndGet(rows.size());
		this.batches.incrementAndGet();
		this.lastPublishedId = rows.getLast().id();
		logger.debug("Published {} outbox rows up to id {}", rows.size(), this.lastPublishedId);
		return rows.size();
	}

	private BatchPublisher publisher() {
		if (this.publisher == null) {
			this.publisher = new BatchPublisher(this.producers.get());
		}
		return this.publisher;
	}

	private void closePublisher() {
		BatchPublisher current = this.publisher;
		this.publisher = null;
		if (current != null) {
			try {
				current.close();
			}
			catch (RuntimeException ex) {
				logger.debug("Could not close the outbox producer", ex);
			}
		}
	}

}
