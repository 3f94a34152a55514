package io.vidtrack.api.project;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.vidtrack.api.tracking.CreatorStates;
import io.vidtrack.api.tracking.VideoStates;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.outbox.membership.CampaignMembership;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a project and tells the stream processor first: its videos stop counting, its creators become
 * inactive and every campaign membership in it is emptied, all in the delete's transaction. The rows then
 * cascade away with the project.
 */
@Component
class ProjectRemoval {

	// locked before anything is read, so that discovery cannot add a video the removal events would miss: its
	// insert waits on the project row and then fails, and one that came first is seen
	private static final String LOCK = "select id from projects where org_id = ? and id = ? for update";

	// locked too: an inbox decision on one of them waits, and then finds it gone, so that no event of it can
	// follow the removal's
	private static final String VIDEOS = "select id from videos where project_id = ? order by id for update";

	private static final String DEACTIVATE = """
			update creators set active = false, discovery_requested_at = null, updated_at = now()
			where project_id = ? and active returning id""";

	private static final String ITEMS = """
			select i.item_type, i.item_id from campaign_items i join campaigns c on c.id = i.campaign_id
			where c.project_id = ? and i.item_type in ('creator', 'video')""";

	private static final String DELETE_ITEMS = """
			delete from campaign_items i using campaigns c where c.id = i.campaign_id and c.project_id = ?""";

	private static final String DELETE = "delete from projects where id = ?";

	private final JdbcOperations jdbc;

	private final VideoStates videoStates;

	private final CreatorStates creatorStates;

	private final CampaignMembership membership;

	private final OutboxWriter outbox;

	ProjectRemoval(JdbcOperations jdbc, VideoStates videoStates, CreatorStates creatorStates,
			CampaignMembership membership, OutboxWriter outbox) {
		this.jdbc = jdbc;
		this.videoStates = videoStates;
		this.creatorStates = creatorStates;
		this.membership = membership;
		this.outbox = outbox;
	}

	@Transactional
	void delete(long orgId, long projectId) {
		if (this.jdbc.queryForList(LOCK, Long.class, orgId, projectId).isEmpty()) {
			throw ApiException.notFound("Project");
		}
		List<Long> videoIds = this.jdbc.queryForList(VIDEOS, Long.class, projectId);
		this.videoStates.publishRemoval(videoIds);
		this.creatorStates.publish(this.jdbc.queryForList(DEACTIVATE, Long.class, projectId));
		emptyCampaigns(projectId);
		this.jdbc.update(DELETE, projectId);
	}

	// the membership events are computed while the creators and videos still exist, so each says "no campaign"
	private void emptyCampaigns(long projectId) {
		Set<Long> creators = new HashSet<>();
		Set<Long> videos = new HashSet<>();
		this.jdbc.query(ITEMS, (RowCallbackHandler) (row) -> ("creator".equals(row.getString(1)) ? creators : videos)
			.add(row.getLong(2)), projectId);
		this.jdbc.update(DELETE_ITEMS, projectId);
		this.outbox.append(this.membership.eventsFor(creators, videos));
	}

}
