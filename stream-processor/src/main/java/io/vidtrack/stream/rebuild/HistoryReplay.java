package io.vidtrack.stream.rebuild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.events.StatsSnapshotCaptured;
import io.vidtrack.events.VideoStateChanged;
import io.vidtrack.events.VidtrackEvent;
import io.vidtrack.outbox.OutboxWriter;
import io.vidtrack.outbox.membership.CampaignMembership;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Appends to the outbox, page by page of videos, the events that describe Postgres as it is now: each video's
 * state, its snapshots oldest first (the first flagged as baseline), and every creator's and video's campaign
 * membership. Replayed into a reset stream processor they give the same aggregates as the live history did.
 * Stop the writers meanwhile: a snapshot published before a video's replayed history would become its baseline.
 */
public final class HistoryReplay {

	private static final String VIDEOS = """
			select v.id, p.org_id, v.project_id, v.creator_id, v.tiktok_video_id, v.tracking_status,
				v.tracking_disabled, v.counted, v.availability, v.posted_at, o.timezone
			from videos v join projects p on p.id = v.project_id join orgs o on o.id = p.org_id
			where v.id > ? order by v.id limit ?""";

	private static final String SNAPSHOTS = """
			select video_id, captured_at, views, likes, comments, shares, saves,
				row_number() over (partition by video_id order by captured_at) = 1 as baseline
			from stats_snapshots where video_id = any(?::bigint[]) order by video_id, captured_at""";

	private final JdbcOperations jdbc;

	private final TransactionOperations transactions;

	private final OutboxWriter outbox;

	private final CampaignMembership membership;

	public HistoryReplay(JdbcOperations jdbc, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.outbox = new OutboxWriter(jdbc);
		this.membership = new CampaignMembership(jdbc);
	}

	/** Replays everything, {@code pageSize} videos per transaction, and returns the number of events. */
	public long replay(int pageSize) {
		long events = 0;
		Page page = new Page(0, pageSize, 0);
		while (page.videos() == pageSize) {
			long after = page.lastVideoId();
			page = this.transactions.execute((status) -> replayVideos(after, pageSize));
			events += page.events();
		}
		List<Long> creators = this.jdbc.queryForList("select id from creators order by id", Long.class);
		for (int i = 0; i < creators.size(); i += pageSize) {
			List<Long> chunk = creators.subList(i, Math.min(creators.size(), i + pageSize));
			List<VidtrackEvent> memberships = this.membership.eventsFor(chunk, List.of());
			this.transactions.executeWithoutResult((status) -> this.outbox.append(memberships));
			events += memberships.size();
		}
		return events;
	}

	private Page replayVideos(long after, int pageSize) {
		List<VideoStateChanged> states = this.jdbc.query(VIDEOS, HistoryReplay::state, after, pageSize);
		if (states.isEmpty()) {
			return new Page(after, 0, 0);
		}
		Long[] ids = states.stream().map(VideoStateChanged::videoId).toArray(Long[]::new);
		List<VidtrackEvent> events = new ArrayList<>(states);
		events.addAll(this.jdbc.query(SNAPSHOTS, HistoryReplay::snapshot, (Object) ids));
		events.addAll(this.membership.eventsFor(List.of(), List.of(ids)));
		this.outbox.append(events);
		return new Page(ids[ids.length - 1], states.size(), events.size());
	}

	private static VideoStateChanged state(ResultSet row, int number) throws SQLException {
		return new VideoStateChanged(row.getLong(1), row.getLong(2), row.getLong(3), row.getObject(4, Long.class),
				row.getString(5), row.getString(6), row.getBoolean(7), row.getBoolean(8), row.getString(9),
				instant(row.getTimestamp(10)), row.getString(11), Instant.now());
	}

	private static StatsSnapshotCaptured snapshot(ResultSet row, int number) throws SQLException {
		return new StatsSnapshotCaptured(row.getLong(1), row.getTimestamp(2).toInstant(),
				row.getObject(3, Long.class), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7),
				row.getBoolean(8));
	}

	private record Page(long lastVideoId, int videos, int events) {
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
