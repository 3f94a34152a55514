package io.vidtrack.stream.sink;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.vidtrack.stream.sink.internal.SinkWriter;
import io.vidtrack.stream.topology.AggregateKey;
import io.vidtrack.stream.topology.StreamTopics;
import io.vidtrack.stream.topology.Tally;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

/**
 * Copies the aggregates topic into Postgres. Each poll's records are reduced to the latest value per aggregate
 * and upserted in one transaction together with the offsets they were read up to, so Postgres always holds a
 * state the topic really had: a restart resumes at the stored offsets, and an instance that lost its
 * partitions to another cannot write over the other's newer values (the stored offsets no longer match).
 */
public final class AggregateSink implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(AggregateSink.class);

	private final Consumer<AggregateKey, Tally> consumer;

	private final SinkWriter writer;

	private final Duration pollTimeout;

	private final String topic = StreamTopics.AGGREGATES.name();

	private final Thread thread;

	private volatile boolean running;

	public AggregateSink(DataSource dataSource, Map<String, Object> consumerConfig, Duration pollTimeout) {
		this.consumer = new KafkaConsumer<>(consumerConfig, StreamTopics.AGGREGATES.keySerde().deserializer(),
				StreamTopics.AGGREGATES.valueSerde().deserializer());
		this.writer = new SinkWriter(dataSource, this.topic);
		this.pollTimeout = pollTimeout;
		this.thread = Thread.ofPlatform().name("aggregate-sink").unstarted(this::run);
	}

	/**
	 * A consumer that reads only committed transactions (the topology writes with exactly-once) and never
	 * commits offsets to Kafka: they live in Postgres, in the transaction of the rows.
	 */
	public static Map<String, Object> consumerConfig(String bootstrapServers, String groupId) {
		// metadata every 10 s: partitions added to the topic are read within seconds, not minutes; a fetch
		// waits 20 ms at most for new aggregates, so they are written within milliseconds
		return Map.of("bootstrap.servers", bootstrapServers, "group.id", groupId, "isolation.level",
				"read_committed", "enable.auto.commit", false, "auto.offset.reset", "earliest", "max.poll.records",
				5000, "metadata.max.age.ms", 10_000, "fetch.max.wait.ms", 20);
	}

	public void start() {
		this.running = true;
		this.consumer.subscribe(List.of(this.topic), new Rebalance());
		this.thread.start();
	}

	private void run() {
		try {
			while (this.running) {
				ConsumerRecords<AggregateKey, Tally> records = this.consumer.poll(this.pollTimeout);
				if (!records.isEmpty()) {
					writeOrRewind(records);
				}
			}
		}
		catch (WakeupException ex) {
			// closing
		}
		finally {
			this.consumer.close(Duration.ofSeconds(5));
		}
	}

	private void writeOrRewind(ConsumerRecords<AggregateKey, Tally> records) {
		Map<AggregateKey, Tally> latest = new LinkedHashMap<>();
		for (ConsumerRecord<AggregateKey, Tally> record : records) {
			latest.put(record.key(), (record.value() != null) ? record.value() : Tally.ZERO);
		}
		Map<Integer, Long> next = new HashMap<>();
		records.partitions().forEach((partition) -> next.put(partition.partition(), this.consumer.position(partition)));
		try {
			if (this.writer.write(latest.entrySet(), next)) {
				return;
			}
			logger.info("Another sink wrote partitions {} meanwhile; reading on from what it stored", next.keySet());
		}
		catch (DataAccessException ex) {
			logger.warn("Could not write aggregates, reading them again in a second: {}", ex.getMessage());
			sleep(Duration.ofSeconds(1));
		}
		rewind(records.partitions());
	}

	/** Goes back to the offsets Postgres holds for these partitions. */
	private void rewind(Collection<TopicPartition> partitions) {
		Map<Integer, Long> offsets = this.writer.resume(partitions.stream().map(TopicPartition::partition).toList());
		for (TopicPartition partition : partitions) {
			Long offset = offsets.get(partition.partition());
			if (offset != null) {
				this.consumer.seek(partition, offset);
			}
			else {
				this.consumer.seekToBeginning(List.of(partition));
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (!this.thread.isAlive()) {
			this.consumer.close(Duration.ZERO);
			return;
		}
		this.running = false;
		this.consumer.wakeup();
		this.thread.join(Duration.ofSeconds(10));
	}

	private final class Rebalance implements ConsumerRebalanceListener {

		@Override
		public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
			rewind(partitions);
		}

		@Override
		public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
			AggregateSink.this.writer.forget(partitions.stream().map(TopicPartition::partition).toList());
		}

	}

}
