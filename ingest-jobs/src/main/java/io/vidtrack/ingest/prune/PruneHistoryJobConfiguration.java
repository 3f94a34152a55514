package io.vidtrack.ingest.prune;

import java.util.Map;

import javax.sql.DataSource;

import io.vidtrack.ingest.config.IngestProperties;
import io.vidtrack.ingest.support.Slot;
import io.vidtrack.ingest.support.Sql;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code pruneHistoryJob}: the nightly retention prune. Orgs whose plan keeps history for a limited number of
 * days lose the snapshots before the window, except each video's anchor (see {@link PruneWriter}).
 */
@Configuration(proxyBeanMethods = false)
class PruneHistoryJobConfiguration {

	static final String JOB_NAME = "pruneHistoryJob";

	static final String STEP_NAME = "pruneHistoryStep";

	// only videos with two or more snapshots before the window have anything to delete
	private static final String PRUNABLE = """
			(select v.id, :asOf - make_interval(days => pl.stats_history_retention_days) as cutoff
			from videos v
			join projects p on p.id = v.project_id
			join orgs o on o.id = p.org_id
			join plans pl on pl.id = o.plan_id
			where pl.stats_history_retention_days is not null
				and exists (select 1 from stats_snapshots s
					where s.video_id = v.id
						and s.captured_at < :asOf - make_interval(days => pl.stats_history_retention_days)
					offset 1)
			) as prunable""";

	@Bean
	@StepScope
	JdbcPagingItemReader<PrunableVideo> prunableVideosReader(DataSource dataSource, IngestProperties properties,
			@Value("#{jobParameters['slot']}") String slot) throws Exception {
		return new JdbcPagingItemReaderBuilder<PrunableVideo>().name("prunableVideos")
			.dataSource(dataSource)
			.selectClause("*")
			.fromClause(PRUNABLE)
			.sortKeys(Map.of("id", Order.ASCENDING))
			.parameterValues(Map.of("asOf", Sql.timestamp(Slot.parse(slot).asOf())))
			.pageSize(properties.prune().chunkSize())
			.rowMapper((rs, row) -> new PrunableVideo(rs.getLong("id"), rs.getTimestamp("cutoff").toInstant()))
			.build();
	}

	@Bean
	Step pruneHistoryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcPagingItemReader<PrunableVideo> prunableVideosReader, JdbcTemplate jdbc, IngestProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository).<PrunableVideo, PrunableVideo>chunk(properties.prune().chunkSize())
			.transactionManager(transactionManager)
			.reader(prunableVideosReader)
			.writer(new PruneWriter(jdbc))
			.build();
	}

	@Bean
	Job pruneHistoryJob(JobRepository jobRepository, Step pruneHistoryStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(pruneHistoryStep).build();
	}

}
