package io.vidtrack.local;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.vidtrack.events.CreatorStateChanged;
import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.events.VidtrackEvent;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.SimCreator;
import io.vidtrack.simulator.SimPost;
import io.vidtrack.outbox.membership.CampaignMembership;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo org on the ultra plan: a project of auto-mode creators with nested campaigns, a project of
 * selective creators whose videos wait in the Tracking Inbox, and a project of videos added by URL. Every
 * row that matters downstream gets its outbox event, as the API will write them. Creators and videos are
 * queued, so the first discovery and capture run at once.
 */
final class DemoSeed {

	private static final String TIMEZONE = "America/New_York";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final OutboxWriter outbox;

	private final List<VidtrackEvent> events = new ArrayList<>();

	DemoSeed(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.outbox = new OutboxWriter(this.jdbc);
	}

	boolean needed() {
		return this.jdbc.queryForObject("select count(*) from orgs", Integer.class) == 0;
	}

	/** The printed key must work even when it changed since the org was seeded (a new env value). */
	void ensureApiKey(DemoApiKey key) {
		this.jdbc.update("insert into api_keys (org_id, name, key_hash, key_prefix, scopes) "
				+ "select min(id), 'demo key', ?, ?, array['read', 'write'] from orgs "
				+ "on conflict (key_hash) do update set revoked_at = null", key.sha256(), key.prefix());
	}

	/** The demo org's first project, for the curl the stack prints. */
	long firstProjectId() {
		return this.jdbc.queryForObject("select min(id) from projects where org_id = (select min(id) from orgs)",
				Long.class);
	}

	void seed(Population population) {
		this.transaction.executeWithoutResult(status -> {
			long org = insertId("insert into orgs (name, plan_id, timezone, discover_every_hours, stats_every_hours) "
					+ "values ('Demo Org', 'ultra', ?, 1, 1) returning id", TIMEZONE);
			List<SimCreator> creators = population.creators();
			LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(21);

			long launch = project(org, "Spring Launch", "Auto-tracked creators of the spring launch.");
			List<Long> launchCreators = new ArrayList<>();
			for (SimCreator creator : creators.subList(0, 6)) {
				launchCreators.add(creator(org, launch, creator, "auto", since));
			}
			long all = campaign(launch, "Launch (all)");
			long top = campaign(launch, "Top creators");
			long heroes = campaign(launch, "Heroes");
			item(all, "creator", launchCreators.get(0));
			item(all, "creator", launchCreators.get(1));
			item(all, "campaign", top);
			item(top, "creator", launchCreators.get(2));
			item(top, "creator", launchCreators.get(1)); // reachable twice: counts once
			item(top, "campaign", heroes);
			item(heroes, "creator", launchCreators.get(3));

			long program = project(org, "Creator Program", "Selective creators: every video is reviewed first.");
			for (SimCreator creator : creators.subList(6, 12)) {
				creator(org, program, creator, "selective", since.plusDays(7));
			}

			long brand = project(org, "Brand Watch", "Videos added by URL, and two auto creators.");
			for (SimCreator creator : creators.subList(12, 14)) {
				creator(org, brand, creator, "auto", since.plusDays(14));
			}
			for (SimCreator creator : creators.subList(14, Math.min(creators.size(), 20))) {
				population.postsOf(creator.handle(), Instant.now()).stream()
					.filter(post -> !post.deleted() && !post.privatePost())
					.limit(2)
					.forEach(post -> directAdd(org, brand, post));
			}
			// every creator and video the campaigns reach gets its full campaign set, in this transaction
			this.events.addAll(new CampaignMembership(this.jdbc).eventsFor(launchCreators, List.of()));
			this.outbox.append(this.events);
		});
	}

	private long project(long org, String name, String description) {
		return insertId("insert into projects (org_id, name, description) values (?, ?, ?) returning id", org, name,
				description);
	}

	private long creator(long org, long project, SimCreator creator, String mode, LocalDate since) {
		long id = insertId("insert into creators (project_id, tiktok_handle, display_name, tracking_mode, "
				+ "tracking_start_date, discovery_requested_at) values (?, ?, ?, ?, ?, now()) returning id", project,
				creator.handle(), creator.nickname(), mode, since);
		this.events.add(new CreatorStateChanged(id, org, project, creator.handle(), mode, true, Instant.now()));
		return id;
	}

	private void directAdd(long org, long project, SimPost post) {
		String url = "https://www.tiktok.com/@" + post.creator().handle() + (post.photo() ? "/photo/" : "/video/")
				+ post.id();
		long id = insertId("insert into videos (project_id, tiktok_video_id, url, tracking_status, "
				+ "capture_requested_at) values (?, ?, ?, 'direct_add', now()) returning id", project, post.id(), url);
		this.events.add(new VideoStateChanged(id, org, project, null, post.id(), "direct_add", false, true,
				"available", null, TIMEZONE, Instant.now()));
	}

	private long campaign(long project, String name) {
		return insertId("insert into campaigns (project_id, name) values (?, ?) returning id", project, name);
	}

	private void item(long campaign, String type, long itemId) {
		this.jdbc.update("insert into campaign_items (campaign_id, item_type, item_id) values (?, ?, ?)", campaign,
				type, itemId);
	}

	private long insertId(String sql, Object... args) {
		Long id = this.jdbc.queryForObject(sql, Long.class, args);
		if (id == null) {
			throw new IllegalStateException("no id returned by " + sql);
		}
		return id;
	}

}
