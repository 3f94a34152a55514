package io.vidtrack.outbox.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import io.vidtrack.outbox.OutboxKafka;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BatchPublisherTests {

	@Test
	void failsFastWithoutWaitingForEveryRecordWhenKafkaIsUnreachable() throws IOException {
		// given 100 rows and a producer that waits at most one second for metadata
		List<OutboxRow> rows = LongStream.rangeClosed(1, 100)
			.mapToObj((id) -> new OutboxRow(id, "vidtrack.video-state", "7", "{}"))
			.toList();
		var config = OutboxKafka.producerConfig("localhost:" + closedPort(), Duration.ofSeconds(1), Map.of());

		try (BatchPublisher publisher = new BatchPublisher(OutboxKafka.producers(config).get())) {
			// when
			long start = System.nanoTime();
			assertThatExceptionOfType(KafkaException.class).isThrownBy(() -> publisher.publish(rows));

			// then: one metadata wait, not one per row
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
