package io.vidtrack.ingest.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The one identifying job parameter: a schedule slot ({@code 2026-11-25T20:00Z}) or a manual run
 * ({@code manual:2026-11-25T20:00:02.123Z}). Its instant is the run's {@code asOf}, so a restart of the same
 * slot evaluates which rows are due exactly as the first attempt did. A manual run takes only the rows
 * somebody asked for (added creators, videos added by URL, manual refreshes), so it stays seconds long.
 */
public record Slot(String id, Instant asOf, boolean manual) {

	public static final String PARAMETER = "slot";

	private static final String MANUAL_PREFIX = "manual:";

	public static Slot scheduled(Instant at) {
		return new Slot(OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString(), at, false);
	}

	public static Slot manual(Instant at) {
		return new Slot(MANUAL_PREFIX + at, at, true);
	}

	public static Slot parse(String id) {
		try {
			if (id.startsWith(MANUAL_PREFIX)) {
				return new Slot(id, Instant.parse(id.substring(MANUAL_PREFIX.length())), true);
			}
			return new Slot(id, OffsetDateTime.parse(id).toInstant(), false);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a slot: '" + id + "' (want 2026-11-25T20:00Z or manual:<instant>)",
					ex);
		}
	}

	public JobParameters toJobParameters() {
		return new JobParametersBuilder().addString(PARAMETER, this.id).toJobParameters();
	}

	/** The named parameters every due-query reader binds: {@code :asOf} and {@code :requestedOnly}. */
	public Map<String, Object> queryParameters() {
		return Map.of("asOf", Sql.timestamp(this.asOf), "requestedOnly", this.manual);
	}

}
