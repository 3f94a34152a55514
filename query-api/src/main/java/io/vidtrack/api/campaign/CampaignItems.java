package io.vidtrack.api.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.vidtrack.api.campaign.ItemsBody.Item;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.outbox.membership.CampaignMembership;
import io.vidtrack.outbox.membership.MembershipTargets;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and removes campaign items under the project's campaign lock, and publishes the new campaign sets of every
 * creator and video the change reaches, in the same transaction.
 */
@Component
class CampaignItems {

	private static final String EXISTING = "select item_type, item_id from campaign_items where campaign_id = ?";

	// the campaign and every campaign above it: adding any of them under it would close a loop
	private static final String SELF_AND_ABOVE = """
			with recursive above(id) as (
				select ?::bigint
				union
				select i.campaign_id from campaign_items i join above on i.item_type = 'campaign' and i.item_id = above.id
			)
			select id from above""";

	private static final String INSERT = "insert into campaign_items (campaign_id, item_type, item_id) values (?, ?, ?)";

	private static final String REMOVE = "delete from campaign_items where campaign_id = ? and item_type = ? and item_id = ?";

	private static final String TOUCH = "update campaigns set updated_at = now() where id = ?";

	private final JdbcOperations jdbc;

	private final Campaigns campaigns;

	private final CampaignLocks locks;

	private final CampaignMembership membership;

	private final OutboxWriter outbox;

	CampaignItems(JdbcOperations jdbc, Campaigns campaigns, CampaignLocks locks, CampaignMembership membership,
			OutboxWriter outbox) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.locks = locks;
		this.membership = membership;
		this.outbox = outbox;
	}

	/** Adds the items; those already in the campaign are left as they are. All or nothing. */
	@Transactional
	CampaignView add(long orgId, long campaignId, Set<Item> items) {
		long projectId = lockedProject(orgId, campaignId);
		for (ItemType type : ItemType.values()) {
			requireInProject(projectId, type, idsOf(items, type));
		}
		Set<Long> selfAndAbove = new HashSet<>(this.jdbc.queryForList(SELF_AND_ABOVE, Long.class, campaignId));
		for (long sub : idsOf(items, ItemType.CAMPAIGN)) {
			if (selfAndAbove.contains(sub)) {
				throw ApiException.conflict("campaign_cycle", "Adding campaign " + sub + " to campaign " + campaignId
						+ " would make a cycle: it is the campaign itself or contains it");
			}
		}
		Set<Item> existing = new HashSet<>(this.jdbc.query(EXISTING,
				(row, n) -> new Item(ItemType.parse(row.getString(1)).orElseThrow(), row.getLong(2)), campaignId));
		List<Item> added = items.stream().filter((item) -> !existing.contains(item)).toList();
		if (!added.isEmpty()) {
			MembershipTargets targets = new MembershipTargets(Set.of(), Set.of());
			for (Item item : added) {
				targets = targets.plus(this.membership.targetsOf(item.type().wire(), item.id()));
			}
			this.jdbc.batchUpdate(INSERT, added, added.size(), (statement, item) -> {
				statement.setLong(1, campaignId);
				statement.setString(2, item.type().wire());
				statement.setLong(3, item.id());
			});
			this.jdbc.update(TOUCH, campaignId);
			this.outbox.append(this.membership.eventsFor(targets));
		}
		return this.campaigns.detail(orgId, campaignId);
	}

	/** Removes one item, or 404 when the campaign does not hold it. */
	@Transactional
	CampaignView remove(long orgId, long campaignId, ItemType type, long itemId) {
		lockedProject(orgId, campaignId);
		MembershipTargets targets = this.membership.targetsOf(type.wire(), itemId);
		if (this.jdbc.update(REMOVE, campaignId, type.wire(), itemId) == 0) {
			throw ApiException.notFound("Campaign item");
		}
		this.jdbc.update(TOUCH, campaignId);
		this.outbox.append(this.membership.eventsFor(targets));
		return this.campaigns.detail(orgId, campaignId);
	}

	private long lockedProject(long orgId, long campaignId) {
		Campaigns.Row row = this.campaigns.find(orgId, campaignId)
			.orElseThrow(() -> ApiException.notFound("Campaign"));
		// deleted while this request waited for the lock
		if (!this.locks.lock(row.projectId()).contains(campaignId)) {
			throw ApiException.notFound("Campaign");
		}
		return row.projectId();
	}

	private void requireInProject(long projectId, ItemType type, List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Set<Long> found = new HashSet<>(
				this.jdbc.queryForList(type.existingSql(), Long.class, projectId, ids.toArray(Long[]::new)));
		if (!found.containsAll(ids)) {
			throw ApiException.notFound(type.noun());
		}
	}

	private static List<Long> idsOf(Set<Item> items, ItemType type) {
		List<Long> ids = new ArrayList<>();
		items.stream().filter((item) -> item.type() == type).forEach((item) -> ids.add(item.id()));
		return ids;
	}

}
