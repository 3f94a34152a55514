package io.vidtrack.bench;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.vidtrack.ingest.IngestJobsApplication;
import io.vidtrack.ingest.support.Slot;
import io.vidtrack.tiktok.HttpTikTokClient;
import io.vidtrack.tiktok.TikTokClient;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The real ingest-jobs application, in this JVM, pointed at the benchmark's database and simulator. */
final class IngestRun implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	IngestRun(String jdbcUrl, String simulatorUrl) {
		// command-line arguments, because default properties would lose to the app's application.yml
		Map<String, String> settings = Map.of("spring.datasource.url", jdbcUrl, "spring.datasource.username", "postgres",
				"spring.datasource.password", "postgres", "vidtrack.outbox.relay.enabled", "false",
				"vidtrack.ingest.schedule.enabled", "false", "vidtrack.ingest.tiktok.base-url", simulatorUrl,
				// the simulator is ours: the per-host limit is TikTok politeness, not a benchmark subject
				"vidtrack.ingest.tiktok.requests-per-second", "100000", "vidtrack.ingest.tiktok.max-concurrency", "64",
				"spring.main.banner-mode", "off", "logging.level.root", "WARN");
		// any ingest setting can be tried from the command line: -Dvidtrack.ingest.capture.page-chunk-size=400
		Map<String, String> all = new HashMap<>(settings);
		System.getProperties().stringPropertyNames().stream().filter((name) -> name.startsWith("vidtrack.ingest."))
			.forEach((name) -> all.put(name, System.getProperty(name)));
		String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		this.context = new SpringApplicationBuilder(IngestJobsApplication.class).web(WebApplicationType.NONE).run(args);
	}

	JobExecution capture(Instant asOf) throws Exception {
		JobOperator operator = this.context.getBean(JobOperator.class);
		Job job = this.context.getBean("captureStatsJob", Job.class);
		JobExecution execution = operator.start(job, Slot.scheduled(asOf).toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("captureStatsJob ended " + execution.getStatus() + ": "
					+ execution.getExitStatus().getExitDescription());
		}
		return execution;
	}

	String fetchCounts() {
		if (this.context.getBean(TikTokClient.class) instanceof HttpTikTokClient http) {
			return http.metrics().toString();
		}
		return "n/a";
	}

	@Override
	public void close() {
		this.context.close();
	}

}
