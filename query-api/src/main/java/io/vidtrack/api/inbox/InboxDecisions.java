package io.vidtrack.api.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.vidtrack.api.plan.PlanLimits;
import io.vidtrack.api.plan.PlanLimits.Room;
import io.vidtrack.api.tracking.VideoStates;
import io.vidtrack.api.web.ApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one inbox action to a set of videos in one transaction: the rows are locked, each allowed move is made,
 * and the changed videos' state is published with it. The stream processor then recounts each changed video's
 * whole history: an approval adds all of it to the aggregates, an exclusion retracts all of it.
 */
@Component
class InboxDecisions {

	private static final String PROJECT = "select count(*) from projects where org_id = ? and id = ?";

	private static final String ANY_EXCLUDED = """
			select exists (select 1 from videos
				where project_id = ? and id = any(?) and tracking_status = 'excluded')""";

	// in id order, so that two calls over overlapping ids lock in the same order and never deadlock
	private static final String LOCK = """
			select id, tracking_status from videos where project_id = ? and id = any(?) order by id for update""";

	private static final String UPDATE = """
			update videos set tracking_status = ?, updated_at = now() where id = any(?)""";

	private final JdbcOperations jdbc;

	private final PlanLimits limits;

	private final VideoStates states;

	InboxDecisions(JdbcOperations jdbc, PlanLimits limits, VideoStates states) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.states = states;
	}

	/** One result per requested id, in the request's order; a repeated id is {@code unchanged} the second time. */
	@Transactional
	List<InboxResult> decide(long orgId, long projectId, Decision decision, List<Long> videoIds) {
		if (this.jdbc.queryForObject(PROJECT, Long.class, orgId, projectId) == 0) {
			throw ApiException.notFound("Project");
		}
		Long[] ids = new LinkedHashSet<>(videoIds).toArray(Long[]::new);
		// leaving excluded takes a tracked-video place: the org row is locked before the videos, as discovery does
		Room room = (decision != Decision.EXCLUDE
				&& Boolean.TRUE.equals(this.jdbc.queryForObject(ANY_EXCLUDED, Boolean.class, projectId, ids)))
						? this.limits.videos(orgId) : null;
		Map<Long, String> statuses = new HashMap<>();
		this.jdbc.query(LOCK, (RowCallbackHandler) (row) -> statuses.put(row.getLong(1), row.getString(2)), projectId,
				ids);
		List<InboxResult> results = new ArrayList<>();
		List<Long> changed = new ArrayList<>();
		for (long id : videoIds) {
			String status = statuses.get(id);
			String outcome = outcome(decision, status);
			if (outcome.equals(decision.outcome()) && decision.takesPlace(status)) {
				room = (room != null) ? room : this.limits.videos(orgId);
				if (room.hasRoom()) {
					room.take();
				}
				else {
					outcome = "limit_reached";
				}
			}
			if (outcome.equals(decision.outcome())) {
				statuses.put(id, decision.target());
				changed.add(id);
			}
			results.add(new InboxResult(id, outcome, statuses.get(id)));
		}
		if (!changed.isEmpty()) {
			this.jdbc.update(UPDATE, decision.target(), changed.toArray(Long[]::new));
			this.states.publish(changed);
		}
		return results;
	}

	private static String outcome(Decision decision, @Nullable String status) {
		if (status == null) {
			return "not_found";
		}
		if (status.equals(decision.target())) {
			return "unchanged";
		}
		return decision.allows(status) ? decision.outcome() : "not_allowed";
	}

}
