package io.vidtrack.stream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import io.vidtrack.events.Topics;
import io.vidtrack.stream.sink.AggregateSink;
import io.vidtrack.stream.testsupport.OutboxPump;
import io.vidtrack.stream.testsupport.Pipeline;
import io.vidtrack.stream.testsupport.TestBroker;
import io.vidtrack.stream.testsupport.TestDatabase;
import io.vidtrack.stream.verify.AggregateCheck;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of one application, each with its own state and one stream thread, share the tasks: the
 * aggregates equal the check's SQL computation while both run, and after one stopped mid-run and the other took
 * its tasks over from their changelogs and committed offsets.
 */
class TwoInstancesIntegrationTests {

	private static final String APPLICATION = "two-instances-it";

	// its own broker: readers of the shared one check everything on it, and this test's ids are theirs too
	private static final String kafka = TestBroker.startAnother();

	private static final int TASKS = Pipeline.topology().describe().subtopologies().size() * TestBroker.PARTITIONS;

	@TempDir
	Path firstStateDir;

	@TempDir
	Path secondStateDir;

	private final DataSource database = TestDatabase.newDatabase("two_instances_it");

	private final JdbcTemplate jdbc = new JdbcTemplate(this.database);

	private final AggregateCheck check = new AggregateCheck(this.jdbc);

	@Test
	void twoInstancesShareTheTasksAndTheSurvivorTakesOverWithoutCountingTwice() throws Exception {
		var transactions = new TransactionTemplate(new DataSourceTransactionManager(this.database));
		try (OutboxPump outbox = new OutboxPump(this.jdbc, kafka);
				AggregateSink sink = Pipeline.startSink(this.database, kafka, APPLICATION + "-sink")) {
			KafkaStreams first = Pipeline.startStreams(kafka, APPLICATION, this.firstStateDir);
			KafkaStreams second = Pipeline.startStreams(kafka, APPLICATION, this.secondStateDir);
			try {
				// given both instances running with the tasks split between them, before any state exists (with
				// state on one side only, the other would get warm-up replicas, not active tasks, for minutes)
				assertThat(Pipeline.await(() -> splitsAllTasks(first, second)))
					.as(() -> "both running, each with active tasks; first %s, second %s".formatted(activeTasks(first),
							activeTasks(second)))
					.isTrue();
				Scenario scenario = new Scenario(this.jdbc, transactions, outbox);
				scenario.seed();
				assertThat(creatorJoinCrossesInstances(first))
					.as("a video and its creator's memberships are handled by different instances")
					.isTrue();

				// when
				outbox.publish();

				// then
				assertThat(Pipeline.awaitCheck(this.check).aggregates()).isGreaterThan(40);
				assertThat(processed(first)).as("records processed by the first").isPositive();
				assertThat(processed(second)).as("records processed by the second").isPositive();

				// when the second stops while a status, a membership and a snapshot change are on their way
				scenario.approvePendingVideo();
				scenario.removeBottomFromMiddle();
				scenario.captureAgain(scenario.firstVideo, "2026-03-12T09:00:00Z", 90_000);
				outbox.publish();
				Set<TaskId> handedOver = activeTasks(second);
				assertThat(handedOver).isNotEmpty();
				Pipeline.stop(second);
				// and every video gets a snapshot after it: whatever the takeover replayed comes before these in its
				// partition, so the check cannot pass before a change counted twice shows
				captureEveryVideo(scenario, "2026-03-12T18:00:00Z");
				outbox.publish();

				// then
				Pipeline.awaitCheck(this.check);
				assertThat(activeTasks(first)).containsAll(handedOver).hasSize(TASKS);
			}
			finally {
				Pipeline.stop(second);
				Pipeline.stop(first);
			}
		}
	}

	private static boolean splitsAllTasks(KafkaStreams first, KafkaStreams second) {
		if (first.state() != KafkaStreams.State.RUNNING || second.state() != KafkaStreams.State.RUNNING) {
			return false;
		}
		Set<TaskId> ofFirst = activeTasks(first);
		Set<TaskId> ofSecond = activeTasks(second);
		Set<TaskId> all = new HashSet<>(ofFirst);
		all.addAll(ofSecond);
		return !ofFirst.isEmpty() && !ofSecond.isEmpty() && all.size() == TASKS
				&& ofFirst.size() + ofSecond.size() == TASKS;
	}

	/**
	 * Whether some video's task and the task keeping its creator's memberships run on different instances: the
	 * foreign-key join's subscription and its answer then go from one instance to the other. The other instance
	 * runs every task the first does not.
	 */
	private boolean creatorJoinCrossesInstances(KafkaStreams first) {
		int videoTasks = subtopologyReading(Topics.VIDEO_SNAPSHOTS);
		int creatorTasks = subtopologyReading(Topics.CREATOR_CAMPAIGNS);
		Set<TaskId> ofFirst = activeTasks(first);
		return this.jdbc.query("select id, creator_id from videos where creator_id is not null",
				(row, n) -> ofFirst.contains(new TaskId(videoTasks, partitionOf(row.getLong(1)))) != ofFirst
					.contains(new TaskId(creatorTasks, partitionOf(row.getLong(2)))))
			.contains(true);
	}

	private void captureEveryVideo(Scenario scenario, String capturedAt) {
		for (long video : this.jdbc.queryForList("select id from videos order by id", Long.class)) {
			scenario.captureAgain(video, capturedAt, 100_000 + video);
		}
	}

	private static Set<TaskId> activeTasks(KafkaStreams streams) {
		Set<TaskId> tasks = new HashSet<>();
		for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
			thread.activeTasks().stream().map(TaskMetadata::taskId).forEach(tasks::add);
		}
		return tasks;
	}

	/** Records the instance's stream thread processed, over all its tasks. */
	private static double processed(KafkaStreams streams) {
		return streams.metrics()
			.values()
			.stream()
			.filter((metric) -> metric.metricName().group().equals("stream-thread-metrics")
					&& metric.metricName().name().equals("process-total"))
			.mapToDouble((metric) -> ((Number) metric.metricValue()).doubleValue())
			.sum();
	}

	private static int subtopologyReading(String topic) {
		return Pipeline.topology()
			.describe()
			.subtopologies()
			.stream()
			.filter((subtopology) -> subtopology.nodes()
				.stream()
				.anyMatch((node) -> node instanceof TopologyDescription.Source source
						&& source.topicSet().contains(topic)))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** The partition the relay sends an id's events to: its default partitioner over the decimal key. */
	private static int partitionOf(long id) {
		byte[] key = Long.toString(id).getBytes(StandardCharsets.US_ASCII);
		return Utils.toPositive(Utils.murmur2(key)) % TestBroker.PARTITIONS;
	}

}
