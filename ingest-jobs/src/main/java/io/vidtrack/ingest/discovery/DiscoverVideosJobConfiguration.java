package io.vidtrack.ingest.discovery;

import java.time.Clock;

import javax.sql.DataSource;

import io.vidtrack.ingest.config.IngestProperties;
import io.vidtrack.ingest.support.FetchFailedException;
import io.vidtrack.ingest.support.FetchGuard;
import io.vidtrack.ingest.support.ListingPager;
import io.vidtrack.ingest.support.ScrapeFailureSkipListener;
import io.vidtrack.ingest.support.ScrapeFailures;
import io.vidtrack.ingest.support.Slot;
import io.vidtrack.ingest.support.StatsSnapshots;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.tiktok.TikTokClient;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code discoverVideosJob}: chunks through the due creators, reads each one's profile and recent posts, and
 * adds the new videos with their baseline snapshots.
 */
@Configuration(proxyBeanMethods = false)
class DiscoverVideosJobConfiguration {

	static final String JOB_NAME = "discoverVideosJob";

	static final String STEP_NAME = "discoverVideosStep";

	// one guard per job: a captcha seen by any item stops every fetch of the step
	private final FetchGuard guard = new FetchGuard();

	@Bean
	@StepScope
	JdbcPagingItemReader<DueCreator> dueCreatorsReader(DataSource dataSource, IngestProperties properties,
			@Value("#{jobParameters['slot']}") String slot) throws Exception {
		return DueCreators.reader(dataSource, Slot.parse(slot), properties.discovery().chunkSize());
	}

	@Bean
	CreatorDiscoveryProcessor creatorDiscoveryProcessor(TikTokClient client, Clock clock, IngestProperties properties) {
		IngestProperties.Discovery discovery = properties.discovery();
		ListingPager pager = new ListingPager(client, this.guard, discovery.listingPageSize(),
				discovery.maxListingPages());
		return new CreatorDiscoveryProcessor(client, pager, this.guard, clock, discovery.rescanOverlap());
	}

	@Bean
	DiscoveryWriter discoveryWriter(JdbcTemplate jdbc, StatsSnapshots snapshots, OutboxWriter outbox,
			ScrapeFailures failures, Clock clock) {
		NewVideos videos = new NewVideos(new KnownVideos(jdbc), new TrackedVideoLimit(jdbc), new VideoInserts(jdbc));
		return new DiscoveryWriter(new CreatorUpdates(jdbc), videos, snapshots, outbox, failures, clock);
	}

	// The items of a chunk are processed concurrently (Batch 6 ChunkOrientedStep with a task executor), one
	// virtual thread each: fetching is I/O bound and the client enforces the per-host rate limit and
	// concurrency. Reading and writing stay on the step's thread, in the chunk's transaction.
	@Bean
	Step discoverVideosStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<DueCreator> dueCreatorsReader, CreatorDiscoveryProcessor creatorDiscoveryProcessor,
			DiscoveryWriter discoveryWriter, ScrapeFailures failures, IngestProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository)
			.<DueCreator, CreatorDiscovery>chunk(properties.discovery().chunkSize())
			.transactionManager(transactionManager)
			.reader(dueCreatorsReader)
			.processor(creatorDiscoveryProcessor)
			.writer(discoveryWriter)
			.taskExecutor(new VirtualThreadTaskExecutor("discover-"))
			.faultTolerant()
			.skipPolicy((ex, count) -> ex instanceof FetchFailedException)
			.skipListener(new ScrapeFailureSkipListener(failures))
			.listener(this.guard)
			.build();
	}

	@Bean
	Job discoverVideosJob(JobRepository jobRepository, Step discoverVideosStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(discoverVideosStep).listener(this.guard).build();
	}

}
