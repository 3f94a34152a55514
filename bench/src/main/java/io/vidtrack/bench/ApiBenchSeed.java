package io.vidtrack.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API benchmark's data, written set-based in SQL: one ultra org, {@code projects} projects of
 * {@code creatorsPerProject} creators with {@code videosPerCreator} videos each, one snapshot a day for
 * {@code days} days per video (its first the baseline), and the aggregates the stream processor would have
 * upserted for them, computed here by the same rules in SQL (replaying 30M events through the processor would
 * measure the processor, not the reads). Statuses: most auto-tracked, some pending, excluded, included and
 * direct adds, so counted-only filters matter.
 */
final class ApiBenchSeed {

	record Shape(int projects, int creatorsPerProject, int videosPerCreator, int days) {

		long videos() {
			return (long) this.projects * this.creatorsPerProject * this.videosPerCreator;
		}

	}

	private final JdbcTemplate jdbc;

	private final Shape shape;

	private final LocalDate firstDay;

	ApiBenchSeed(JdbcTemplate jdbc, Shape shape) {
		this.jdbc = jdbc;
		this.shape = shape;
		this.firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(shape.days() - 1);
	}

	long seed() {
		long org = this.jdbc.queryForObject(
				"insert into orgs (name, plan_id) values ('bench', 'ultra') returning id", Long.class);
		this.jdbc.update("insert into projects (org_id, name) select ?, 'project ' || n from generate_series(1, ?) n",
				org, this.shape.projects());
		this.jdbc.update("""
				insert into creators (project_id, tiktok_handle, tracking_mode)
				select p.id, 'creator_' || p.id || '_' || n, case when n % 10 = 0 then 'selective' else 'auto' end
				from projects p cross join generate_series(1, ?) n where p.org_id = ?""",
				this.shape.creatorsPerProject(), org);
		// ids grow with (creator, n), so a project's videos are spread over its creators like real discovery
		this.jdbc.update("""
				insert into videos (project_id, creator_id, tiktok_video_id, url, title, tracking_status, posted_at)
				select c.project_id, c.id, (7000000000000000000 + c.id * 100000 + n)::text,
					'https://www.tiktok.com/@' || c.tiktok_handle || '/video/' || (7000000000000000000 + c.id * 100000 + n),
					'post ' || n,
					case when n % 20 = 0 then 'excluded' when n % 20 = 1 then 'pending_review'
						when n % 20 = 2 then 'included' when n % 50 = 3 then 'direct_add' else 'auto_tracked' end,
					?::date - (n % 60) * interval '1 day'
				from creators c join projects p on p.id = c.project_id cross join generate_series(1, ?) n
				where p.org_id = ?""", this.firstDay, this.shape.videosPerCreator(), org);
		snapshots();
		this.jdbc.update("""
				update videos v set view_count = s.views, like_count = s.likes, comment_count = s.comments,
					share_count = s.shares, save_count = s.saves, last_scraped_at = s.captured_at
				from (select distinct on (video_id) * from stats_snapshots order by video_id, captured_at desc) s
				where s.video_id = v.id""");
		aggregates();
		this.jdbc.execute("vacuum analyze");
		// write the seed's dirty buffers back now, so that no checkpoint of the load lands in the measured reads
		this.jdbc.execute("checkpoint");
		return org;
	}

	// the primary key is dropped for the bulk load and rebuilt once, as a bulk loader would
	private void snapshots() {
		this.jdbc.execute("alter table stats_snapshots drop constraint stats_snapshots_pkey");
		this.jdbc.update("""
				insert into stats_snapshots (video_id, captured_at, views, likes, comments, shares, saves)
				select v.id, ?::date + d * interval '1 day' + (v.id % 86000) * interval '1 second',
					100 * (d + 1) + v.id % 997 * d, 10 * (d + 1), d, d / 2, d / 3
				from videos v cross join generate_series(0, ?) d""", this.firstDay, this.shape.days() - 1);
		this.jdbc.execute("alter table stats_snapshots add primary key (video_id, captured_at)");
	}

	private void aggregates() {
		for (String entity : List.of("project", "creator")) {
			String column = entity + "_id";
			this.jdbc.update(("""
					insert into aggregate_totals (entity_type, entity_id, videos, views, likes, comments, shares, saves)
					select '%1$s', %2$s, count(*), sum(coalesce(view_count, 0)), sum(like_count), sum(comment_count),
						sum(share_count), sum(save_count)
					from videos where counted and %2$s is not null group by %2$s""").formatted(entity, column));
			this.jdbc.update(("""
					insert into aggregate_daily (entity_type, entity_id, day, videos, gained_views, gained_likes,
						gained_comments, gained_shares, gained_saves, baseline_views, baseline_likes,
						baseline_comments, baseline_shares, baseline_saves)
					select '%1$s', %2$s, day, 0,
						sum(views - coalesce(prev_views, views)), sum(likes - coalesce(prev_likes, likes)),
						sum(comments - coalesce(prev_comments, comments)), sum(shares - coalesce(prev_shares, shares)),
						sum(saves - coalesce(prev_saves, saves)),
						sum(case when prev_views is null then views else 0 end),
						sum(case when prev_likes is null then likes else 0 end),
						sum(case when prev_comments is null then comments else 0 end),
						sum(case when prev_shares is null then shares else 0 end),
						sum(case when prev_saves is null then saves else 0 end)
					from (select v.%2$s, (s.captured_at at time zone 'UTC')::date as day, s.views, s.likes, s.comments,
							s.shares, s.saves,
							lag(s.views) over w as prev_views, lag(s.likes) over w as prev_likes,
							lag(s.comments) over w as prev_comments, lag(s.shares) over w as prev_shares,
							lag(s.saves) over w as prev_saves
						from stats_snapshots s join videos v on v.id = s.video_id
						where v.counted and v.%2$s is not null
						window w as (partition by s.video_id order by s.captured_at)) gains
					group by %2$s, day""").formatted(entity, column));
		}
	}

}
