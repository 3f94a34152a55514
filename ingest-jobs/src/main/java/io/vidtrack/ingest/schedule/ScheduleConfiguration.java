package io.vidtrack.ingest.schedule;

import java.time.Clock;

import io.vidtrack.ingest.config.IngestProperties;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** How the jobs are launched: {@link IngestRuns} always, the schedules unless they are switched off. */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	@Bean
	IngestRuns ingestRuns(JobOperator jobOperator, JobRepository jobRepository, Job discoverVideosJob,
			Job captureStatsJob, Job pruneHistoryJob, Clock clock, IngestProperties properties) {
		return new IngestRuns(jobOperator, jobRepository, discoverVideosJob, captureStatsJob, pruneHistoryJob, clock,
				properties.schedule().blockedPause());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "vidtrack.ingest.schedule.enabled", matchIfMissing = true)
	@EnableScheduling
	static class Schedules {

		// a thread per task, so a long hourly run never holds up the poller or the nightly prune; a bean, so
		// that it stops with the context
		@Bean
		ThreadPoolTaskScheduler ingestTaskScheduler() {
			ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
			scheduler.setPoolSize(4);
			scheduler.setThreadNamePrefix("ingest-schedule-");
			scheduler.setWaitForTasksToCompleteOnShutdown(false);
			return scheduler;
		}

		@Bean
		IngestSchedules ingestSchedules(IngestRuns ingestRuns, JdbcTemplate jdbc, IngestProperties properties,
				Clock clock, ThreadPoolTaskScheduler ingestTaskScheduler) {
			return new IngestSchedules(ingestRuns, new ManualWorkPoller(jdbc, ingestRuns), properties.schedule(),
					clock, ingestTaskScheduler);
		}

	}

}
