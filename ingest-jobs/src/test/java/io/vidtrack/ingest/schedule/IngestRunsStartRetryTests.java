package io.vidtrack.ingest.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.vidtrack.ingest.support.Slot;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class IngestRunsStartRetryTests {

	private final JobOperator operator = mock(JobOperator.class);

	private final Job capture = job("captureStatsJob");

	private final IngestRuns runs = new IngestRuns(this.operator, mock(JobRepository.class), job("discoverVideosJob"),
			this.capture, job("pruneHistoryJob"), Clock.systemUTC(), Duration.ofMinutes(15));

	@Test
	void retriesAStartThatLostASerializationRace() throws Exception {
		// given
		JobExecution completed = mock(JobExecution.class);
		given(completed.getStatus()).willReturn(BatchStatus.COMPLETED);
		given(completed.getExitStatus()).willReturn(org.springframework.batch.core.ExitStatus.COMPLETED);
		given(this.operator.start(eq(this.capture), any(JobParameters.class)))
			.willThrow(new CannotAcquireLockException("could not serialize access"))
			.willReturn(completed);

		// when
		IngestRuns.Outcome outcome = this.runs.run(this.capture, Slot.scheduled(Instant.parse("2026-11-25T20:00:00Z")), true);

		// then
		assertThat(outcome).isEqualTo(IngestRuns.Outcome.COMPLETED);
		verify(this.operator, times(2)).start(eq(this.capture), any(JobParameters.class));
	}

	@Test
	void doesNotRetryAFailureThatIsNotTransient() throws Exception {
		// given
		given(this.operator.start(eq(this.capture), any(JobParameters.class)))
			.willThrow(new DataIntegrityViolationException("broken"));

		// when
		IngestRuns.Outcome outcome = this.runs.run(this.capture, Slot.scheduled(Instant.parse("2026-11-25T20:00:00Z")), true);

		// then
		assertThat(outcome).isEqualTo(IngestRuns.Outcome.FAILED);
		verify(this.operator, times(1)).start(eq(this.capture), any(JobParameters.class));
	}

	private static Job job(String name) {
		Job job = mock(Job.class);
		given(job.getName()).willReturn(name);
		return job;
	}

}
