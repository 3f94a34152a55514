package io.vidtrack.api.creator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vidtrack.api.creator.CreatorInput.NewCreator;
import io.vidtrack.api.creator.Handles.InvalidHandleException;
import io.vidtrack.api.plan.PlanLimits;
import io.vidtrack.api.plan.PlanLimits.Room;
import io.vidtrack.api.tracking.CreatorStates;
import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds creators to a project under the plan's creator limit. The org row is locked before counting, so
 * concurrent adds cannot pass the cap together, and the same lock orders the duplicate checks. A new creator's
 * {@code discovery_requested_at} makes the ingest poller discover it within seconds.
 */
@Component
class CreatorAdder {

	// key share: a concurrent project delete waits for the add, then sees (and deactivates) the new creator
	private static final String PROJECT = "select id from projects where org_id = ? and id = ? for key share";

	private static final String ACTIVE = """
			select id from creators where project_id = ? and active and lower(tiktok_handle) = lower(?)""";

	private static final String INSERT = """
			insert into creators (project_id, tiktok_handle, tracking_mode, tracking_start_date, notes,
				discovery_requested_at)
			values (?, ?, ?, ?, nullif(?, ''), now())
			on conflict (project_id, lower(tiktok_handle)) where active do nothing
			returning id""";

	private final JdbcOperations jdbc;

	private final PlanLimits limits;

	private final CreatorStates states;

	private final CreatorReads reads;

	CreatorAdder(JdbcOperations jdbc, PlanLimits limits, CreatorStates states, CreatorReads reads) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.states = states;
		this.reads = reads;
	}

	/** 400 for a bad handle, 409 {@code duplicate} when it is tracked, 402 when the plan is full. */
	@Transactional
	CreatorView addOne(long orgId, long projectId, NewCreator creator) {
		String handle;
		try {
			handle = Handles.normalize(creator.input());
		}
		catch (InvalidHandleException ex) {
			throw ApiException.invalidBody(ex.getMessage());
		}
		lockProject(orgId, projectId);
		Room room = this.limits.creators(orgId);
		Optional<Long> existing = active(projectId, handle);
		if (existing.isPresent()) {
			throw new ApiException(HttpStatus.CONFLICT, "duplicate",
					"@" + handle + " is already tracked in this project",
					Map.of("creatorId", existing.get()), HttpHeaders.EMPTY);
		}
		room.take();
		long id = insert(projectId, handle, creator).orElseThrow();
		this.states.publish(List.of(id));
		return this.reads.get(orgId, id);
	}

	/** One outcome per row, in order; rows after the plan is full are {@code limit_reached}. */
	@Transactional
	List<BulkResult> addMany(long orgId, long projectId, List<NewCreator> creators) {
		lockProject(orgId, projectId);
		Room room = this.limits.creators(orgId);
		List<Row> rows = new ArrayList<>();
		List<Long> added = new ArrayList<>();
		for (NewCreator creator : creators) {
			rows.add(add(projectId, creator, room, added));
		}
		this.states.publish(added);
		Map<Long, CreatorView> views = this.reads.byId(orgId, rows.stream()
			.filter((row) -> row.creatorId() != null)
			.map(Row::creatorId)
			.toList());
		return rows.stream()
			.map((row) -> new BulkResult(row.handle(), row.outcome(),
					(row.creatorId() != null) ? views.get(row.creatorId()) : null, row.error()))
			.toList();
	}

	private Row add(long projectId, NewCreator creator, Room room, List<Long> added) {
		String handle;
		try {
			handle = Handles.normalize(creator.input());
		}
		catch (InvalidHandleException ex) {
			return new Row(creator.input(), "invalid_handle", null, ex.getMessage());
		}
		Optional<Long> existing = active(projectId, handle);
		if (existing.isPresent()) {
			return new Row(handle, "already_tracked", existing.get(), null);
		}
		if (!room.hasRoom()) {
			return new Row(handle, "limit_reached", null, room.refusal().getMessage());
		}
		room.take();
		long id = insert(projectId, handle, creator).orElseThrow();
		added.add(id);
		return new Row(handle, "added", id, null);
	}

	private void lockProject(long orgId, long projectId) {
		if (this.jdbc.queryForList(PROJECT, Long.class, orgId, projectId).isEmpty()) {
			throw ApiException.notFound("Project");
		}
	}

	private Optional<Long> active(long projectId, String handle) {
		return this.jdbc.queryForList(ACTIVE, Long.class, projectId, handle).stream().findFirst();
	}

	private Optional<Long> insert(long projectId, String handle, NewCreator creator) {
		return this.jdbc.queryForList(INSERT, Long.class, projectId, handle, creator.trackingMode(),
				creator.trackingStartDate(), creator.readme()).stream().findFirst();
	}

	private record Row(String handle, String outcome, @Nullable Long creatorId, @Nullable String error) {
	}

}
