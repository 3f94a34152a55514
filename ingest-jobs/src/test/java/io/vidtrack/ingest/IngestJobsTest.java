package io.vidtrack.ingest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A job test: the whole application against the embedded database and the simulator, with small chunks so a
 * handful of rows spans several, no schedules and no Kafka relay.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = { IngestJobsApplication.class, JobTestConfiguration.class },
		properties = { "vidtrack.ingest.schedule.enabled=false", "vidtrack.outbox.relay.enabled=false",
				"vidtrack.ingest.discovery.chunk-size=2", "vidtrack.ingest.capture.listing-chunk-size=2",
				"vidtrack.ingest.capture.page-chunk-size=4", "vidtrack.ingest.prune.chunk-size=2",
				// one range, so that which chunk a failure stops is certain; PartitionedCaptureTests runs several
				"vidtrack.ingest.capture.page-partitions=1",
				"vidtrack.ingest.tiktok.initial-backoff=1ms", "vidtrack.ingest.tiktok.max-backoff=5ms",
				"vidtrack.ingest.tiktok.requests-per-second=1000", "vidtrack.ingest.tiktok.max-concurrency=16" })
@SpringBatchTest
public @interface IngestJobsTest {

}
