package io.vidtrack.api.campaign;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * Serializes the membership changes of one project. Items only ever link campaigns, creators and videos of one
 * project, so locking the project's campaign rows makes each change see the tree as the previous one left it:
 * two concurrent adds cannot build a cycle together, and membership events reach the outbox in commit order.
 * Rows are locked in id order, so two writers never deadlock.
 */
@Component
class CampaignLocks {

	private static final String LOCK = "select id from campaigns where project_id = ? order by id for update";

	private final JdbcOperations jdbc;

	CampaignLocks(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the project's campaigns until the transaction ends and returns their ids. */
	Set<Long> lock(long projectId) {
		return new HashSet<>(this.jdbc.queryForList(LOCK, Long.class, projectId));
	}

}
