package io.vidtrack.ingest.capture;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.vidtrack.ingest.config.IngestProperties;
import io.vidtrack.ingest.support.FetchFailedException;
import io.vidtrack.ingest.support.FetchGuard;
import io.vidtrack.ingest.support.ListingPager;
import io.vidtrack.ingest.support.ScrapeFailureSkipListener;
import io.vidtrack.ingest.support.ScrapeFailures;
import io.vidtrack.ingest.support.DueReaders;
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
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code captureStatsJob}: appends a stats snapshot for every due video. {@code captureFromListingsStep} reads
 * the listings of the creators with due videos (one call carries ~30 posts with stats);
 * {@code captureFromPagesStep} then fetches the page of each video still due, split into id ranges
 * ({@code captureFromPageRangeStep}, one worker each).
 */
@Configuration(proxyBeanMethods = false)
class CaptureStatsJobConfiguration {

	static final String JOB_NAME = "captureStatsJob";

	static final String LISTINGS_STEP_NAME = "captureFromListingsStep";

	static final String PAGES_STEP_NAME = "captureFromPagesStep";

	static final String PAGE_RANGE_STEP_NAME = "captureFromPageRangeStep";

	// one guard per job: a captcha seen by any item stops every fetch of the job
	private final FetchGuard guard = new FetchGuard();

	@Bean
	@StepScope
	JdbcPagingItemReader<ListingTarget> listingTargetsReader(DataSource dataSource, IngestProperties properties,
			@Value("#{jobParameters['slot']}") String slot) throws Exception {
		Slot due = Slot.parse(slot);
		return DueReaders.keyset("listingTargets", dataSource, DueVideos.creators(due), "creator_id", due,
				properties.capture().listingChunkSize(), new DataClassRowMapper<>(ListingTarget.class));
	}

	@Bean
	@StepScope
	JdbcPagingItemReader<DueVideo> dueVideosReader(DataSource dataSource, IngestProperties properties,
			@Value("#{jobParameters['slot']}") String slot,
			@Value("#{stepExecutionContext['" + VideoIdRanges.FIRST_ID + "']}") long firstId,
			@Value("#{stepExecutionContext['" + VideoIdRanges.LAST_ID + "']}") long lastId) throws Exception {
		Slot due = Slot.parse(slot);
		Map<String, Object> parameters = new HashMap<>(due.queryParameters());
		parameters.put(VideoIdRanges.FIRST_ID, firstId);
		parameters.put(VideoIdRanges.LAST_ID, lastId);
		return DueReaders.keyset("dueVideos", dataSource, DueVideos.inRange(due), "id", parameters,
				properties.capture().pageChunkSize(), DueVideo.ROW_MAPPER);
	}

	@Bean
	CaptureStore captureStore(JdbcTemplate jdbc, StatsSnapshots snapshots, OutboxWriter outbox,
			ScrapeFailures failures) {
		return new CaptureStore(jdbc, snapshots, outbox, failures);
	}

	@Bean
	@StepScope
	ListingCaptureWriter listingCaptureWriter(NamedParameterJdbcTemplate jdbc, CaptureStore captureStore,
			@Value("#{jobParameters['slot']}") String slot) {
		return new ListingCaptureWriter(jdbc, captureStore, Slot.parse(slot));
	}

	// The items of a chunk are processed concurrently (Batch 6 ChunkOrientedStep with a task executor), one
	// virtual thread each: fetching is I/O bound and the client enforces the per-host rate limit and
	// concurrency. Reading and writing stay on the step's thread, in the chunk's transaction, so a chunk's
	// snapshots, video updates and outbox rows commit together.
	@Bean
	Step captureFromListingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<ListingTarget> listingTargetsReader, ListingCaptureWriter listingCaptureWriter,
			TikTokClient client, Clock clock, ScrapeFailures failures, IngestProperties properties) {
		IngestProperties.Capture capture = properties.capture();
		ListingPager pager = new ListingPager(client, this.guard, capture.listingPageSize(), capture.maxListingPages());
		return new StepBuilder(LISTINGS_STEP_NAME, jobRepository)
			.<ListingTarget, CreatorListing>chunk(capture.listingChunkSize())
			.transactionManager(transactionManager)
			.reader(listingTargetsReader)
			.processor(new ListingCaptureProcessor(pager, clock))
			.writer(listingCaptureWriter)
			.taskExecutor(new VirtualThreadTaskExecutor("capture-listing-"))
			.faultTolerant()
			.skipPolicy((ex, count) -> ex instanceof FetchFailedException)
			.skipListener(new ScrapeFailureSkipListener(failures))
			.listener(this.guard)
			.build();
	}

	// The videos still due are split into id ranges (capture.page-partitions), each captured by a worker step of its
	// own at the same time: several chunk writers, for when one step thread's writes are what a slot waits for (a
	// slow database). The guard listens on the manager: a worker's start must not clear a block another worker saw.
	@Bean
	Step captureFromPagesStep(JobRepository jobRepository, Step captureFromPageRangeStep, JdbcTemplate jdbc,
			IngestProperties properties) {
		return new StepBuilder(PAGES_STEP_NAME, jobRepository)
			.partitioner(PAGE_RANGE_STEP_NAME, new VideoIdRanges(jdbc))
			.step(captureFromPageRangeStep)
			.gridSize(properties.capture().pagePartitions())
			.taskExecutor(new VirtualThreadTaskExecutor("capture-pages-"))
			.listener(this.guard)
			.build();
	}

	@Bean
	Step captureFromPageRangeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<DueVideo> dueVideosReader, CaptureStore captureStore, TikTokClient client,
			Clock clock, ScrapeFailures failures, IngestProperties properties) {
		return new StepBuilder(PAGE_RANGE_STEP_NAME, jobRepository)
			.<DueVideo, VideoCapture>chunk(properties.capture().pageChunkSize())
			.transactionManager(transactionManager)
			.reader(dueVideosReader)
			.processor(new PageCaptureProcessor(client, this.guard, clock))
			.writer(new VideoCaptureWriter(captureStore))
			.taskExecutor(new VirtualThreadTaskExecutor("capture-page-"))
			.faultTolerant()
			.skipPolicy((ex, count) -> ex instanceof FetchFailedException)
			.skipListener(new ScrapeFailureSkipListener(failures))
			.build();
	}

	@Bean
	Job captureStatsJob(JobRepository jobRepository, Step captureFromListingsStep, Step captureFromPagesStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(captureFromListingsStep)
			.next(captureFromPagesStep)
			.listener(this.guard)
			.build();
	}

}
