package io.vidtrack.api.campaign;

import java.time.ZoneOffset;

import io.vidtrack.api.web.ApiException;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.outbox.membership.CampaignMembership;
import io.vidtrack.outbox.membership.MembershipTargets;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes campaigns of the caller's org. */
@Component
class CampaignStore {

	private static final String CREATE = """
			insert into campaigns (project_id, name, notes, target_views, target_at)
			select p.id, ?, ?, ?, ? from projects p where p.id = ? and p.org_id = ? returning id""";

	// a flag per nullable field says whether the patch sets it (to a value or to null)
	private static final String UPDATE = """
			update campaigns c set name = coalesce(?::text, c.name),
				notes = case when ?::boolean then ?::text else c.notes end,
				target_views = case when ?::boolean then ?::bigint else c.target_views end,
				target_at = case when ?::boolean then ?::timestamptz else c.target_at end,
				updated_at = now()
			from projects p where p.id = c.project_id and c.id = ? and p.org_id = ?""";

	// the campaigns that held it as a sub-campaign changed too
	private static final String UNLINK = """
			with removed as (delete from campaign_items where item_type = 'campaign' and item_id = ?
				returning campaign_id)
			update campaigns set updated_at = now() where id in (select campaign_id from removed)""";

	private static final String DELETE = "delete from campaigns where id = ?";

	private final JdbcOperations jdbc;

	private final Campaigns campaigns;

	private final CampaignLocks locks;

	private final CampaignMembership membership;

	private final OutboxWriter outbox;

	CampaignStore(JdbcOperations jdbc, Campaigns campaigns, CampaignLocks locks, CampaignMembership membership,
			OutboxWriter outbox) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.locks = locks;
		this.membership = membership;
		this.outbox = outbox;
	}

	/** A new campaign has no items, so it changes no membership and publishes nothing. */
	@Transactional
	CampaignView create(long orgId, long projectId, CampaignFields fields) {
		var ids = this.jdbc.queryForList(CREATE, Long.class, fields.name(), fields.readme(), fields.targetViews(),
				(fields.targetAt() != null) ? fields.targetAt().atOffset(ZoneOffset.UTC) : null, projectId, orgId);
		if (ids.isEmpty()) {
			throw ApiException.notFound("Project");
		}
		return this.campaigns.detail(orgId, ids.getFirst());
	}

	@Transactional
	CampaignView update(long orgId, long id, CampaignPatch patch) {
		CampaignFields fields = patch.fields();
		int updated = this.jdbc.update(UPDATE, fields.name(), patch.setsReadme(), fields.readme(),
				patch.setsTargetViews(), fields.targetViews(), patch.setsTargetAt(),
				(fields.targetAt() != null) ? fields.targetAt().atOffset(ZoneOffset.UTC) : null, id, orgId);
		if (updated == 0) {
			throw ApiException.notFound("Campaign");
		}
		return this.campaigns.detail(orgId, id);
	}

	/**
	 * Deletes the campaign and every link to it as a sub-campaign. Everything that was under it loses this
	 * campaign and, through it, the campaigns above: their new sets are published after the delete.
	 */
	@Transactional
	void delete(long orgId, long id) {
		Campaigns.Row row = this.campaigns.find(orgId, id).orElseThrow(() -> ApiException.notFound("Campaign"));
		if (!this.locks.lock(row.projectId()).contains(id)) {
			throw ApiException.notFound("Campaign");
		}
		MembershipTargets targets = this.membership.targetsUnder(id);
		this.jdbc.update(UNLINK, id);
		this.jdbc.update(DELETE, id);
		this.outbox.append(this.membership.eventsFor(targets));
	}

}
