package io.vidtrack.ingest.discovery;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * The plan's {@code max_tracked_videos_per_org}: every video of the org that is not excluded counts. The org
 * rows are locked (in id order, so two writers cannot deadlock) until the chunk commits, so two concurrent
 * writers that lock the org the same way cannot both take the last free places.
 */
class TrackedVideoLimit {

	private static final String LOCK = "select id from orgs where id = any(?) order by id for update";

	private static final String ROOM = """
			select o.id, o.plan_id, pl.max_tracked_videos_per_org as max,
				(select count(*) from videos v join projects p on p.id = v.project_id
					where p.org_id = o.id and v.tracking_status <> 'excluded') as tracked
			from orgs o join plans pl on pl.id = o.plan_id
			where o.id = any(?)""";

	private final JdbcOperations jdbc;

	TrackedVideoLimit(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the orgs for the rest of the transaction and tells how many videos each may still add. */
	Map<Long, Room> lock(Collection<Long> orgIds) {
		Long[] ids = orgIds.toArray(Long[]::new);
		this.jdbc.query(LOCK, (rs) -> {
		}, (Object) ids);
		Map<Long, Room> rooms = new HashMap<>();
		this.jdbc.query(ROOM, (rs) -> {
			rooms.put(rs.getLong("id"), new Room(rs.getString("plan_id"), rs.getLong("max"), rs.getLong("tracked")));
		}, (Object) ids);
		return rooms;
	}

	record Room(String plan, long max, long tracked) {

		long free() {
			return Math.max(0, this.max - this.tracked);
		}

		String refusal(int refused) {
			return "plan " + this.plan + " tracks at most " + this.max + " videos per org; " + refused
					+ " new videos not added";
		}

	}

}
