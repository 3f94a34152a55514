package io.vidtrack.ingest.schedule;

import java.time.Clock;
import java.util.function.Consumer;

import io.vidtrack.ingest.config.IngestProperties;
import io.vidtrack.ingest.support.Slot;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The hourly and nightly crons, the manual-work poller, and the startup run.
 */
class IngestSchedules implements SchedulingConfigurer, ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(IngestSchedules.class);

	private final IngestRuns runs;

	private final ManualWorkPoller poller;

	private final IngestProperties.Schedule schedule;

	private final Clock clock;

	private final TaskScheduler scheduler;

	IngestSchedules(IngestRuns runs, ManualWorkPoller poller, IngestProperties.Schedule schedule, Clock clock,
			TaskScheduler scheduler) {
		this.runs = runs;
		this.poller = poller;
		this.schedule = schedule;
		this.clock = clock;
		this.scheduler = scheduler;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.setScheduler(this.scheduler);
		CronSlots hourly = CronSlots.of(this.schedule.hourlyCron(), this.schedule.zone());
		CronSlots nightly = CronSlots.of(this.schedule.nightlyCron(), this.schedule.zone());
		registrar.addTriggerTask(() -> runLatest(hourly, this.runs::runHourly),
				new CronTrigger(this.schedule.hourlyCron(), this.schedule.zone()));
		registrar.addTriggerTask(() -> runLatest(nightly, this.runs::runNightly),
				new CronTrigger(this.schedule.nightlyCron(), this.schedule.zone()));
		registrar.addFixedDelayTask(this.poller, this.schedule.pollInterval());
	}

	/** Recovers what a killed process left running, then catches up the latest hourly slot if asked to. */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		this.runs.recoverInterrupted();
		if (this.schedule.runOnStartup()) {
			CronSlots hourly = CronSlots.of(this.schedule.hourlyCron(), this.schedule.zone());
			Thread.ofVirtual().name("ingest-startup-run").start(() -> runLatest(hourly, this.runs::runHourly));
		}
	}

	private void runLatest(CronSlots slots, Consumer<Slot> run) {
		Slot slot = slots.latest(this.clock.instant());
		if (slot == null) {
			logger.info("No slot of " + slots.cron() + " in the last month; nothing to run");
			return;
		}
		run.accept(slot);
	}

}
