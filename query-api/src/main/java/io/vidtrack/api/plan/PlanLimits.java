package io.vidtrack.api.plan;

import io.vidtrack.api.web.ApiException;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * The plan's count limits, enforced atomically: a writer locks its org row ({@code for update}) before it counts
 * and inserts, so two concurrent requests cannot both take the last free place. Discovery in ingest-jobs locks
 * the same row the same way. Call inside the write's transaction.
 */
@Component
public class PlanLimits {

	private static final String LOCK = "select " + Plan.COLUMNS
			+ " from orgs o join plans p on p.id = o.plan_id where o.id = ? for update of o";

	private static final String PROJECTS = "select count(*) from projects where org_id = ?";

	private static final String CREATORS = """
			select count(*) from creators c join projects p on p.id = c.project_id
			where p.org_id = ? and c.active""";

	// the same rule as discovery's: every video that is not excluded is tracked
	private static final String VIDEOS = """
			select count(*) from videos v join projects p on p.id = v.project_id
			where p.org_id = ? and v.tracking_status <> 'excluded'""";

	private final JdbcOperations jdbc;

	PlanLimits(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the org until the transaction ends and returns its plan. */
	public Plan lock(long orgId) {
		return this.jdbc.queryForObject(LOCK, (row, n) -> Plan.from(row), orgId);
	}

	/** Locks the org and tells how many projects it has and may have. */
	public Room projects(long orgId) {
		Plan plan = lock(orgId);
		return new Room("max_projects_per_org", count(PROJECTS, orgId), plan.maxProjectsPerOrg());
	}

	public Room creators(long orgId) {
		Plan plan = lock(orgId);
		return new Room("max_creators_per_org", count(CREATORS, orgId), plan.maxCreatorsPerOrg());
	}

	public Room videos(long orgId) {
		Plan plan = lock(orgId);
		return new Room("max_tracked_videos_per_org", count(VIDEOS, orgId), plan.maxTrackedVideosPerOrg());
	}

	private long count(String sql, long orgId) {
		Long count = this.jdbc.queryForObject(sql, Long.class, orgId);
		return count == null ? 0 : count;
	}

	/** What is used and what the plan allows, for one limit, while the org row is locked. */
	public static final class Room {

		private final String limitKey;

		private long current;

		private final long max;

		Room(String limitKey, long current, long max) {
			this.limitKey = limitKey;
			this.current = current;
			this.max = max;
		}

		public boolean hasRoom() {
			return this.current < this.max;
		}

		/** Takes one place, or refuses with 402 {@code limit_reached}. */
		public void take() {
			if (!hasRoom()) {
				throw refusal();
			}
			this.current++;
		}

		public ApiException refusal() {
			return ApiException.limitReached(this.limitKey, this.current, this.max);
		}

	}

}
