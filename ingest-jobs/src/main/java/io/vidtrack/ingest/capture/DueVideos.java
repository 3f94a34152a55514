package io.vidtrack.ingest.capture;

import io.vidtrack.ingest.support.Slot;

/**
 * Which videos are due for a capture at a slot's instant: counted or pending (not excluded), not disabled, not
 * deleted, and either asked for (a capture request is pending) or scheduled ({@code next_capture_at}, which a
 * request sets to {@code -infinity}, at or before the slot). A manual slot takes only the asked-for ones. Each
 * row carries the video's next scheduled capture after this slot: the slot plus the org's interval, clamped to
 * the plan's floor.
 */
final class DueVideos {

	private static final String JOINS = """
			videos v
			join projects p on p.id = v.project_id
			join orgs o on o.id = p.org_id
			join plans pl on pl.id = o.plan_id""";

	// a range on an index, never an expression per row: the listing targets probe every active creator with it.
	// Two texts, not one with a parameter, so that no plan has to serve both.
	private static final String STATUS = """
			v.tracking_status in ('auto_tracked', 'included', 'direct_add', 'pending_review')
			and not v.tracking_disabled and v.availability <> 'deleted'""";

	private static final String SCHEDULED = STATUS + " and v.next_capture_at <= :asOf";

	private static final String REQUESTED = STATUS + " and v.capture_requested_at is not null";

	private static final String COLUMNS = """
			v.id, p.org_id, v.project_id, v.creator_id, v.tiktok_video_id, v.url,
			coalesce(c.tiktok_handle, substring(v.url from '/@([^/]*)/'), '') as handle, v.tracking_status,
			v.tracking_disabled, v.availability, v.posted_at, o.timezone, v.last_scraped_at, v.capture_requested_at,
			:asOf + make_interval(hours => greatest(o.stats_every_hours, pl.min_video_stats_hours))
				as next_capture_at""";

	/** Every due video with an id from {@code :firstId} to {@code :lastId}, for a worker of the page step. */
	static String inRange(Slot slot) {
		return "(select " + COLUMNS + " from " + JOINS + " left join creators c on c.id = v.creator_id where "
				+ due(slot) + " and v.id between :firstId and :lastId) as due";
	}

	/** The due videos of some creators, for matching their listings. */
	static String ofCreators(Slot slot) {
		return "select " + COLUMNS + " from " + JOINS
				+ " join creators c on c.id = v.creator_id where v.creator_id in (:creatorIds) and " + due(slot);
	}

	/**
	 * The active, already discovered creators with due videos, and how far back their listing must go; keyset-paged
	 * by creator id. Driven from creators, each probed through the videos' due index, so a page costs its own
	 * creators, not a scan of every due video.
	 */
	static String creators(Slot slot) {
		return "(select c.id as creator_id, c.sec_uid, c.tiktok_handle as handle, d.oldest_posted_at from creators c"
				+ " cross join lateral (select min(v.posted_at) as oldest_posted_at from videos v"
				+ " where v.creator_id = c.id and v.posted_at is not null and " + due(slot) + ") d"
				+ " where c.active and c.sec_uid is not null and d.oldest_posted_at is not null) as due";
	}

	private static String due(Slot slot) {
		return slot.manual() ? REQUESTED : SCHEDULED;
	}

	private DueVideos() {
	}

}
