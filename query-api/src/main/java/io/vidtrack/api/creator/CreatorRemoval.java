package io.vidtrack.api.creator;

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
 * Deletes a creator from tracking: the row stays, inactive (discovery stops and the handle may be added again),
 * while its videos and their history are deleted and the campaign items that point at the creator or its videos
 * are removed. Every step publishes its event in the same transaction, so the aggregates drop them at once.
 */
@Component
class CreatorRemoval {

	// locked first: discovery's insert of a video for this creator waits, so no video escapes the removal
	private static final String LOCK = """
			select c.id from creators c join projects p on p.id = c.project_id
			where p.org_id = ? and c.id = ? and c.active for update of c""";

	private static final String DEACTIVATE = """
			update creators set active = false, discovery_requested_at = null, updated_at = now() where id = ?""";

	// locked too: an inbox decision on one of them waits, and then finds it gone, so that no event of it can
	// follow the removal's
	private static final String VIDEOS = "select id from videos where creator_id = ? order by id for update";

	private static final String ITEMS = """
			select item_type, item_id from campaign_items
			where (item_type = 'creator' and item_id = ?) or (item_type = 'video' and item_id = any(?))""";

	private static final String DELETE_ITEMS = """
			delete from campaign_items
			where (item_type = 'creator' and item_id = ?) or (item_type = 'video' and item_id = any(?))""";

	private static final String DELETE_VIDEOS = "delete from videos where creator_id = ?";

	private final JdbcOperations jdbc;

	private final CreatorStates creatorStates;

	private final VideoStates videoStates;

	private final CampaignMembership membership;

	private final OutboxWriter outbox;

	CreatorRemoval(JdbcOperations jdbc, CreatorStates creatorStates, VideoStates videoStates,
			CampaignMembership membership, OutboxWriter outbox) {
		this.jdbc = jdbc;
		this.creatorStates = creatorStates;
		this.videoStates = videoStates;
		this.membership = membership;
		this.outbox = outbox;
	}

	@Transactional
	void delete(long orgId, long creatorId) {
		if (this.jdbc.queryForList(LOCK, Long.class, orgId, creatorId).isEmpty()) {
			throw ApiException.notFound("Creator");
		}
		this.jdbc.update(DEACTIVATE, creatorId);
		this.creatorStates.publish(List.of(creatorId));
		List<Long> videoIds = this.jdbc.queryForList(VIDEOS, Long.class, creatorId);
		leaveCampaigns(creatorId, videoIds.toArray(Long[]::new));
		this.videoStates.publishRemoval(videoIds);
		this.jdbc.update(DELETE_VIDEOS, creatorId);
	}

	// targets before the delete, events after it, while the videos still exist to say "no campaign"
	private void leaveCampaigns(long creatorId, Long[] videoIds) {
		Set<Long> creators = new HashSet<>();
		Set<Long> videos = new HashSet<>();
		this.jdbc.query(ITEMS, (RowCallbackHandler) (row) -> ("creator".equals(row.getString(1)) ? creators : videos)
			.add(row.getLong(2)), creatorId, videoIds);
		if (creators.isEmpty() && videos.isEmpty()) {
			return;
		}
		this.jdbc.update(DELETE_ITEMS, creatorId, videoIds);
		this.outbox.append(this.membership.eventsFor(creators, videos));
	}

}
