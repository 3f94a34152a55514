package io.vidtrack.api.video;

import java.util.List;

import io.vidtrack.api.tracking.VideoStates;
import io.vidtrack.api.web.ApiException;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes, tracking-disable and delete. The video row is locked first, so that a concurrent change cannot slip
 * between reading its old state and publishing its new one.
 */
@Component
class VideoEdits {

	private static final String LOCK = """
			select v.tracking_disabled from videos v join projects p on p.id = v.project_id
			where p.org_id = ? and v.id = ? and v.tracking_status <> 'excluded'
			for update of v""";

	private static final String UPDATE = """
			update videos v set
				notes = case when ?::text is null then v.notes else nullif(?::text, '') end,
				tracking_disabled = coalesce(?, v.tracking_disabled), updated_at = now()
			where v.id = ?""";

	// campaign items name their target without a foreign key: a deleted video's items go with it
	private static final String DELETE_ITEMS = "delete from campaign_items where item_type = 'video' and item_id = ?";

	private static final String DELETE = "delete from videos where id = ?";

	private final JdbcOperations jdbc;

	private final VideoStates states;

	private final Videos videos;

	VideoEdits(JdbcOperations jdbc, VideoStates states, Videos videos) {
		this.jdbc = jdbc;
		this.states = states;
		this.videos = videos;
	}

	@Transactional
	VideoView update(long orgId, long id, VideoPatch patch) {
		boolean wasDisabled = lock(orgId, id);
		this.jdbc.update(UPDATE, patch.readme(), patch.readme(), patch.trackingDisabled(), id);
		if (patch.trackingDisabled() != null && patch.trackingDisabled() != wasDisabled) {
			this.states.publish(List.of(id));
		}
		return this.videos.get(orgId, id);
	}

	/** Retracts the video from the aggregates, then deletes it; its snapshots cascade. */
	@Transactional
	void delete(long orgId, long id) {
		lock(orgId, id);
		this.states.publishRemoval(List.of(id));
		this.jdbc.update(DELETE_ITEMS, id);
		this.jdbc.update(DELETE, id);
	}

	private boolean lock(long orgId, long id) {
		List<Boolean> found = this.jdbc.queryForList(LOCK, Boolean.class, orgId, id);
		if (found.isEmpty()) {
			throw ApiException.notFound("Video");
		}
		return found.getFirst();
	}

}
