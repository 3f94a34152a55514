package io.vidtrack.ingest.capture;

/**
 * Which videos are due for a capture at a slot's instant: counted or pending (not excluded), not disabled, not
 * deleted, and either asked for (a capture request is pending) or never captured or last captured at least
 * the org's interval ago, clamped to the plan's floor. A manual slot takes only the asked-for ones.
 */
final class DueVideos {

	static final String JOINS = """
			videos v
			join projects p on p.id = v.project_id
			join orgs o on o.id = p.org_id
			join plans pl on pl.id = o.plan_id""";

	static final String DUE = """
			v.tracking_status in ('auto_tracked', 'included', 'direct_add', 'pending_review')
			and not v.tracking_disabled and v.availability <> 'deleted'
			and (v.capture_requested_at is not null
				or (not :requestedOnly and (v.last_scraped_at is null
					or v.last_scraped_at <= :asOf
						- make_interval(hours => greatest(o.stats_every_hours, pl.min_video_stats_hours)))))""";

	static final String COLUMNS = """
			v.id, p.org_id, v.project_id, v.creator_id, v.tiktok_video_id, v.url,
			coalesce(c.tiktok_handle, substring(v.url from '/@([^/]*)/'), '') as handle, v.tracking_status,
			v.tracking_disabled, v.availability, v.posted_at, o.timezone, v.last_scraped_at, v.capture_requested_at""";

	/** Every due video, for the page step; keyset-paged by id. */
	static final String ALL = "(select " + COLUMNS + " from " + JOINS
			+ " left join creators c on c.id = v.creator_id where " + DUE + ") as due";

	/** The due videos of some creators, for matching their listings. */
	static final String OF_CREATORS = "select " + COLUMNS + " from " + JOINS
			+ " join creators c on c.id = v.creator_id where v.creator_id in (:creatorIds) and " + DUE;

	/**
	 * The active, already discovered creators with due videos, and how far back their listing must go; keyset-paged
	 * by creator id. Driven from creators, each probed through the videos' creator index, so a page costs its own
	 * creators, not a scan of every due video. A creator's videos belong to the creator's project.
	 */
	static final String CREATORS = "(select c.id as creator_id, c.sec_uid, c.tiktok_handle as handle,"
			+ " d.oldest_posted_at from creators c join projects p on p.id = c.project_id"
			+ " join orgs o on o.id = p.org_id join plans pl on pl.id = o.plan_id"
			+ " cross join lateral (select min(v.posted_at) as oldest_posted_at from videos v"
			+ " where v.creator_id = c.id and v.posted_at is not null and " + DUE + ") d"
			+ " where c.active and c.sec_uid is not null and d.oldest_posted_at is not null) as due";

	private DueVideos() {
	}

}
