package io.vidtrack.api.creator;

import java.time.LocalDate;
import java.util.List;

import io.vidtrack.api.creator.CreatorPatch.Checked;
import io.vidtrack.api.tracking.CreatorStates;
import io.vidtrack.api.web.ApiException;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a creator's mode, start date, notes or display name. A mode change publishes the creator's state:
 * videos keep their statuses, and discovery gives new videos the new mode's status. A new start date queues a
 * discovery at once, so that it applies without waiting for the next slot.
 */
@Component
class CreatorChanges {

	private static final String LOCK = """
			select c.tracking_mode, c.tracking_start_date from creators c join projects p on p.id = c.project_id
			where p.org_id = ? and c.id = ? and c.active for update of c""";

	private static final String UPDATE = """
			update creators set tracking_mode = coalesce(?, tracking_mode),
				tracking_start_date = coalesce(?, tracking_start_date),
				notes = case when ?::text is null then notes else nullif(?::text, '') end,
				display_name = case when ?::text is null then display_name else nullif(?::text, '') end,
				display_name_set = case when ?::text is null then display_name_set else ?::text <> '' end,
				discovery_requested_at = case when ? then now() else discovery_requested_at end,
				updated_at = now()
			where id = ?""";

	private final JdbcOperations jdbc;

	private final CreatorStates states;

	private final CreatorReads reads;

	CreatorChanges(JdbcOperations jdbc, CreatorStates states, CreatorReads reads) {
		this.jdbc = jdbc;
		this.states = states;
		this.reads = reads;
	}

	@Transactional
	CreatorView update(long orgId, long id, Checked patch) {
		List<Current> found = this.jdbc.query(LOCK,
				(row, n) -> new Current(row.getString(1), row.getObject(2, LocalDate.class)), orgId, id);
		if (found.isEmpty()) {
			throw ApiException.notFound("Creator");
		}
		Current current = found.getFirst();
		boolean modeChanged = patch.trackingMode() != null && !patch.trackingMode().equals(current.mode());
		boolean startChanged = patch.trackingStartDate() != null && !patch.trackingStartDate().equals(current.start());
		this.jdbc.update(UPDATE, patch.trackingMode(), patch.trackingStartDate(), patch.readme(), patch.readme(),
				patch.displayName(), patch.displayName(), patch.displayName(), patch.displayName(), startChanged, id);
		if (modeChanged) {
			this.states.publish(List.of(id));
		}
		return this.reads.get(orgId, id);
	}

	private record Current(String mode, LocalDate start) {
	}

}
