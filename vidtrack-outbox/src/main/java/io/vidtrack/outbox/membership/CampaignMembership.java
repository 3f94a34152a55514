package io.vidtrack.outbox.membership;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.vidtrack.events.CreatorCampaignsChanged;
import io.vidtrack.events.VideoCampaignsChanged;
import io.vidtrack.events.VidtrackEvent;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Computes campaign membership events in Postgres, with recursive queries over {@code campaign_items}. Call it in
 * the transaction that changes campaign items, after the change, and append its events to the outbox there:
 *
 * <pre>
 * MembershipTargets targets = membership.targetsOf("campaign", subCampaignId); // what the item reaches
 * jdbc.update("insert into campaign_items ...");
 * outbox.append(membership.eventsFor(targets));
 * </pre>
 *
 * To delete a campaign, take {@link #targetsUnder} before the delete and {@link #eventsFor} after it.
 */
public final class CampaignMembership {

	// every campaign above each target: its own campaigns, then theirs; union drops repeats, so a loop ends
	private static final String REACH = """
			with recursive reach(target_id, campaign_id) as (
				select item_id, campaign_id from campaign_items where item_type = ? and item_id = any(?::bigint[])
				union
				select reach.target_id, parent.campaign_id from reach
				join campaign_items parent on parent.item_type = 'campaign' and parent.item_id = reach.campaign_id
			)
			select target.id, target.project_id,
				coalesce(array_agg(reach.campaign_id) filter (where reach.campaign_id is not null), '{}') as campaigns
			from %s target left join reach on reach.target_id = target.id
			where target.id = any(?::bigint[])
			group by target.id, target.project_id""";

	// every creator and video below a campaign, through its sub-campaigns
	private static final String UNDER = """
			with recursive tree(campaign_id) as (
				select ?::bigint
				union
				select item.item_id from tree
				join campaign_items item on item.campaign_id = tree.campaign_id and item.item_type = 'campaign'
			)
			select item.item_type, item.item_id from tree
			join campaign_items item on item.campaign_id = tree.campaign_id
			where item.item_type in ('creator', 'video')""";

	private final JdbcOperations jdbc;

	public CampaignMembership(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** What adding or removing an item reaches: a creator, a video, or all under a sub-campaign. */
	public MembershipTargets targetsOf(String itemType, long itemId) {
		return switch (itemType) {
			case "creator" -> MembershipTargets.creator(itemId);
			case "video" -> MembershipTargets.video(itemId);
			case "campaign" -> targetsUnder(itemId);
			default -> throw new IllegalArgumentException("Unknown campaign item type " + itemType);
		};
	}

	/** Every creator and video under the campaign, directly or through sub-campaigns. */
	public MembershipTargets targetsUnder(long campaignId) {
		Set<Long> creators = new HashSet<>();
		Set<Long> videos = new HashSet<>();
		this.jdbc.query(UNDER, (RowCallbackHandler) (row) -> (row.getString(1).equals("creator") ? creators : videos)
			.add(row.getLong(2)), campaignId);
		return new MembershipTargets(creators, videos);
	}

	/** The full campaign sets of the targets as they are now, one event per creator and per video. */
	public List<VidtrackEvent> eventsFor(MembershipTargets targets) {
		return eventsFor(targets.creatorIds(), targets.videoIds());
	}

	public List<VidtrackEvent> eventsFor(Collection<Long> creatorIds, Collection<Long> videoIds) {
		List<VidtrackEvent> events = new ArrayList<>();
		if (!creatorIds.isEmpty()) {
			Long[] ids = creatorIds.toArray(Long[]::new);
			events.addAll(this.jdbc.query(REACH.formatted("creators"), (row, n) -> new CreatorCampaignsChanged(
					row.getLong(1), row.getLong(2), campaigns(row.getArray(3))), "creator", ids, ids));
		}
		if (!videoIds.isEmpty()) {
			Long[] ids = videoIds.toArray(Long[]::new);
			events.addAll(this.jdbc.query(REACH.formatted("videos"), (row, n) -> new VideoCampaignsChanged(
					row.getLong(1), row.getLong(2), campaigns(row.getArray(3))), "video", ids, ids));
		}
		return events;
	}

	private static List<Long> campaigns(Array array) throws SQLException {
		return Arrays.asList((Long[]) array.getArray());
	}

}
