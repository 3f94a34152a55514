package io.vidtrack.stream.verify.internal;

/**
 * The aggregates computed from scratch in SQL, each next to the stored one. Written apart from the topology on
 * purpose: the same rules (SPEC §1, §2) stated a second time, in another language.
 */
public final class ExpectedAggregates {

	// Shared CTEs: counted videos with their org's zone; every (entity, video) pair a counted video counts for,
	// campaigns reached through video items, creator items and sub-campaigns, each pair once (union).
	private static final String MEMBERSHIP = """
			with recursive reach(item_type, item_id, campaign_id) as (
				select item_type, item_id, campaign_id from campaign_items where item_type in ('creator', 'video')
				union
				select reach.item_type, reach.item_id, parent.campaign_id from reach
				join campaign_items parent on parent.item_type = 'campaign' and parent.item_id = reach.campaign_id
			),
			counted as (
				select v.id, v.project_id, v.creator_id, v.posted_at, o.timezone, plan.stats_history_retention_days
				from videos v join projects p on p.id = v.project_id join orgs o on o.id = p.org_id
				join plans plan on plan.id = o.plan_id
				where v.counted
			),
			membership(entity_type, entity_id, video_id) as (
				select 'project', project_id, id from counted
				union
				select 'creator', creator_id, id from counted where creator_id is not null
				union
				select 'campaign', reach.campaign_id, counted.id from counted join reach
					on (reach.item_type = 'video' and reach.item_id = counted.id)
					or (reach.item_type = 'creator' and reach.item_id = counted.creator_id)
			)""";

	/** Per entity: counted videos and the sum of their latest counts (absent views as 0). */
	public static final String TOTALS = MEMBERSHIP + """
			,
			latest as (
				select distinct on (s.video_id) s.video_id, coalesce(s.views, 0) as views, s.likes, s.comments,
					s.shares, s.saves
				from stats_snapshots s join counted on counted.id = s.video_id
				order by s.video_id, s.captured_at desc
			),
			expected as (
				select m.entity_type, m.entity_id, count(*) as videos, coalesce(sum(l.views), 0) as views,
					coalesce(sum(l.likes), 0) as likes, coalesce(sum(l.comments), 0) as comments,
					coalesce(sum(l.shares), 0) as shares, coalesce(sum(l.saves), 0) as saves
				from membership m left join latest l on l.video_id = m.video_id
				group by m.entity_type, m.entity_id
			)
			select coalesce(e.entity_type, a.entity_type) as entity_type,
				coalesce(e.entity_id, a.entity_id) as entity_id, null::date as day,
				e.videos, e.views, e.likes, e.comments, e.shares, e.saves,
				a.videos, a.views, a.likes, a.comments, a.shares, a.saves
			from expected e full join aggregate_totals a
				on a.entity_type = e.entity_type and a.entity_id = e.entity_id""";

	/**
	 * Per entity and day in the org's zone: videos posted, gains (each snapshot minus the one before; the first
	 * snapshot, the baseline, gains nothing) and baselines. Only days inside the plan's retention window are
	 * compared: pruning keeps an anchor before the window, so gains inside it are exact, and older days are not
	 * served.
	 */
	public static final String DAILY = MEMBERSHIP + """
			,
			snapshots as (
				select s.video_id, (s.captured_at at time zone counted.timezone)::date as day,
					row_number() over w = 1 as baseline,
					coalesce(s.views, 0) as views, s.likes, s.comments, s.shares, s.saves,
					coalesce(s.views, 0) - coalesce(lag(coalesce(s.views, 0)) over w, 0) as d_views,
					s.likes - coalesce(lag(s.likes) over w, 0) as d_likes,
					s.comments - coalesce(lag(s.comments) over w, 0) as d_comments,
					s.shares - coalesce(lag(s.shares) over w, 0) as d_shares,
					s.saves - coalesce(lag(s.saves) over w, 0) as d_saves
				from stats_snapshots s join counted on counted.id = s.video_id
				window w as (partition by s.video_id order by s.captured_at)
			),
			video_days as (
				select video_id, day, 0 as videos,
					sum(d_views) filter (where not baseline) as g_views,
					sum(d_likes) filter (where not baseline) as g_likes,
					sum(d_comments) filter (where not baseline) as g_comments,
					sum(d_shares) filter (where not baseline) as g_shares,
					sum(d_saves) filter (where not baseline) as g_saves,
					sum(views) filter (where baseline) as b_views, sum(likes) filter (where baseline) as b_likes,
					sum(comments) filter (where baseline) as b_comments,
					sum(shares) filter (where baseline) as b_shares, sum(saves) filter (where baseline) as b_saves
				from snapshots group by video_id, day
				union all
				select id, (posted_at at time zone timezone)::date, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
				from counted where posted_at is not null
			),
			expected as (
				select m.entity_type, m.entity_id, d.day, sum(d.videos) as videos,
					coalesce(sum(g_views), 0) as g_views, coalesce(sum(g_likes), 0) as g_likes,
					coalesce(sum(g_comments), 0) as g_comments, coalesce(sum(g_shares), 0) as g_shares,
					coalesce(sum(g_saves), 0) as g_saves, coalesce(sum(b_views), 0) as b_views,
					coalesce(sum(b_likes), 0) as b_likes, coalesce(sum(b_comments), 0) as b_comments,
					coalesce(sum(b_shares), 0) as b_shares, coalesce(sum(b_saves), 0) as b_saves
				from membership m join video_days d on d.video_id = m.video_id
				group by m.entity_type, m.entity_id, d.day
			),
			windows as (
				-- the first day fully inside each entity's retention window (entities of one project share an org)
				select distinct m.entity_type, m.entity_id, coalesce(
					((now() - c.stats_history_retention_days * interval '1 day') at time zone c.timezone)::date + 1,
					'-infinity'::date) as first_day
				from membership m join counted c on c.id = m.video_id
			)
			select coalesce(e.entity_type, a.entity_type) as entity_type,
				coalesce(e.entity_id, a.entity_id) as entity_id, coalesce(e.day, a.day) as day,
				e.videos, e.g_views, e.g_likes, e.g_comments, e.g_shares, e.g_saves,
				e.b_views, e.b_likes, e.b_comments, e.b_shares, e.b_saves,
				a.videos, a.gained_views, a.gained_likes, a.gained_comments, a.gained_shares, a.gained_saves,
				a.baseline_views, a.baseline_likes, a.baseline_comments, a.baseline_shares, a.baseline_saves
			from expected e full join aggregate_daily a
				on a.entity_type = e.entity_type and a.entity_id = e.entity_id and a.day = e.day
			left join windows w on w.entity_type = coalesce(e.entity_type, a.entity_type)
				and w.entity_id = coalesce(e.entity_id, a.entity_id)
			where coalesce(e.day, a.day) >= coalesce(w.first_day, '-infinity'::date)""";

	private ExpectedAggregates() {
	}

}
