package io.vidtrack.stream;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.vidtrack.events.Topics;
import io.vidtrack.stream.rebuild.HistoryReplay;
import io.vidtrack.stream.sink.AggregateSink;
import io.vidtrack.stream.testsupport.OutboxPump;
import io.vidtrack.stream.testsupport.Pipeline;
import io.vidtrack.stream.testsupport.TestBroker;
import io.vidtrack.stream.testsupport.TestDatabase;
import io.vidtrack.stream.topology.StreamTopics;
import io.vidtrack.stream.verify.AggregateCheck;
import io.vidtrack.stream.verify.CheckReport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events written with their rows, published from the outbox, processed by the topology on a real broker with
 * exactly-once, and written into Postgres by the sink: every aggregate equals the check's SQL computation, after
 * a restart, and after a rebuild from Postgres alone.
 */
class AggregatesIntegrationTests {

	@TempDir
	Path stateDir;

	@TempDir
	Path rebuiltStateDir;

	private final DataSource database = TestDatabase.newDatabase("aggregates_it");

	private final JdbcTemplate jdbc = new JdbcTemplate(this.database);

	private final AggregateCheck check = new AggregateCheck(this.jdbc);

	@Test
	void eventsFromTheOutboxEndAsAggregatesEqualToTheSqlComputation() throws Exception {
		var transactions = new TransactionTemplate(new DataSourceTransactionManager(this.database));
		try (OutboxPump outbox = new OutboxPump(this.jdbc, TestBroker.bootstrapServers())) {
			// given
			Scenario scenario = new Scenario(this.jdbc, transactions, outbox);
			scenario.seed();

			// when
			outbox.publish();
			AggregateSink sink = startSink();
			try {
				KafkaStreams streams = startStreams("aggregates-it", this.stateDir);

				// then
				assertThat(awaitCheck().aggregates()).isGreaterThan(40);
				long viewsBefore = projectViews(scenario.utcProject);

				// when a pending video is approved, then its project counts it within seconds
				scenario.approvePendingVideo();
				long approvedAt = System.nanoTime();
				outbox.publish();
				Pipeline.await(() -> projectViews(scenario.utcProject) != viewsBefore);
				Duration visibleAfter = Duration.ofNanos(System.nanoTime() - approvedAt);
				assertThat(visibleAfter).isLessThan(Duration.ofSeconds(5));
				awaitCheck();

				// when a sub-campaign leaves the tree, and the processor restarts on its state meanwhile
				scenario.removeBottomFromMiddle();
				outbox.publish();
				Pipeline.stop(streams);
				streams = startStreams("aggregates-it", this.stateDir);
				scenario.captureAgain(scenario.firstVideo, "2026-03-12T09:00:00Z", 90_000);
				outbox.publish();

				// then nothing is counted twice
				int aggregates = awaitCheck().aggregates();
				Pipeline.stop(streams);

				// when rebuilt: snapshots gone from Kafka (retention), a new application, the history replayed
				sink.close();
				forgetEverythingButPostgres();
				sink = startSink();
				streams = startStreams("aggregates-it-rebuilt", this.rebuiltStateDir);
				new HistoryReplay(this.jdbc, transactions).replay(3);
				outbox.publish();

				// then the same numbers
				assertThat(awaitCheck().aggregates()).isEqualTo(aggregates);
				Pipeline.stop(streams);
			}
			finally {
				sink.close();
			}
		}
	}

	/** Snapshots deleted from their topic, aggregate tables emptied, the sink set to read only what comes next. */
	private void forgetEverythingButPostgres() throws Exception {
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestBroker.bootstrapServers()))) {
			Map<TopicPartition, RecordsToDelete> snapshots = new HashMap<>();
			Map<TopicPartition, OffsetSpec> aggregates = new HashMap<>();
			for (int partition = 0; partition < TestBroker.PARTITIONS; partition++) {
				snapshots.put(new TopicPartition(Topics.VIDEO_SNAPSHOTS, partition),
						RecordsToDelete.beforeOffset(-1));
				aggregates.put(new TopicPartition(StreamTopics.AGGREGATES.name(), partition), OffsetSpec.latest());
			}
			admin.deleteRecords(snapshots).all().get();
			this.jdbc.update("truncate aggregate_totals, aggregate_daily, aggregate_sink_offsets");
			admin.listOffsets(aggregates).all().get().forEach((partition, end) -> this.jdbc.update(
					"insert into aggregate_sink_offsets (topic, partition_id, next_offset) values (?, ?, ?)",
					partition.topic(), partition.partition(), end.offset()));
		}
		assertThat(this.check.run().passed()).isFalse();
	}

	private static KafkaStreams startStreams(String applicationId, Path stateDir) {
		return Pipeline.startStreams(TestBroker.bootstrapServers(), applicationId, stateDir);
	}

	private AggregateSink startSink() {
		return Pipeline.startSink(this.database, TestBroker.bootstrapServers(), "aggregates-it-sink");
	}

	private long projectViews(long projectId) {
		return this.jdbc.queryForList(
				"select views from aggregate_totals where entity_type = 'project' and entity_id = ?", Long.class,
				projectId).stream().findFirst().orElse(0L);
	}

	private CheckReport awaitCheck() throws InterruptedException {
		return Pipeline.awaitCheck(this.check);
	}

}
