package io.vidtrack.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimPost;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One ultra-plan org whose creators and videos are the simulator's, all due for capture: the state after
 * discovery, so that the benchmark measures capture alone.
 */
final class BenchSeed {

	private final JdbcTemplate jdbc;

	BenchSeed(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Seeds every post of every creator up to {@code maxVideos}; returns the number of videos. */
	int seed(Population population, Instant now, int maxVideos) {
		long org = this.jdbc.queryForObject("insert into orgs (name, plan_id, stats_every_hours, discover_every_hours) "
				+ "values ('bench', 'ultra', 1, 1) returning id", Long.class);
		long project = this.jdbc.queryForObject("insert into projects (org_id, name) values (?, 'bench') returning id",
				Long.class, org);
		int videos = 0;
		for (SimCreator creator : population.creators()) {
			if (videos >= maxVideos) {
				break;
			}
			long creatorId = this.jdbc.queryForObject("insert into creators (project_id, tiktok_handle, sec_uid, "
					+ "tracking_start_date, last_discovered_at) values (?, ?, ?, date '2000-01-01', now()) returning id",
					Long.class, project, creator.handle(), creator.secUid());
			List<Object[]> rows = new ArrayList<>();
			for (SimPost post : population.postsOf(creator, now)) {
				if (videos + rows.size() >= maxVideos) {
					break;
				}
				rows.add(new Object[] { project, creatorId, post.id(), "https://www.tiktok.com/@" + creator.handle()
						+ "/video/" + post.id(), Timestamp.from(post.createdAt()), post.photo() });
			}
			this.jdbc.batchUpdate("insert into videos (project_id, creator_id, tiktok_video_id, url, posted_at, is_photo, "
					+ "tracking_status) values (?, ?, ?, ?, ?, ?, 'auto_tracked')", rows);
			videos += rows.size();
		}
		this.jdbc.execute("analyze");
		return videos;
	}

	/** Turns {@code count} videos into direct adds due now, which only the per-video page path can capture. */
	int makeDirectAddsDue(int count) {
		return this.jdbc.update("update videos set creator_id = null, tracking_status = 'direct_add', "
				+ "last_scraped_at = null, next_capture_at = '-infinity' where id in (select id from videos where availability = 'available' "
				+ "order by id limit ?)", count);
	}

	/** Makes every direct add due again, for another round of the page path. */
	int makeDirectAddsDueAgain() {
		return this.jdbc.update("""
				update videos set last_scraped_at = null, next_capture_at = '-infinity'
				where tracking_status = 'direct_add'""");
	}

	long snapshots() {
		return this.jdbc.queryForObject("select count(*) from stats_snapshots", Long.class);
	}

}
