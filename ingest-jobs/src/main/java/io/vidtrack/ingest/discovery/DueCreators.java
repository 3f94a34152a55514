package io.vidtrack.ingest.discovery;


import javax.sql.DataSource;

import io.vidtrack.ingest.support.DueReaders;
import io.vidtrack.ingest.support.Slot;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.jdbc.core.DataClassRowMapper;

/**
 * The active creators whose discovery is due at the slot's instant: asked for (a discovery request is
 * pending), or scheduled ({@code next_discovery_at}, {@code -infinity} until the first discovery) at or before it.
 * Each row carries the creator's next discovery after this slot (the slot plus the org's interval, clamped to the
 * plan's floor) and when the videos it finds are due for their next capture (their first comes with the listing).
 * Keyset-paged by id; the reader keeps its position in the step's execution context, so a restart goes on
 * after the last committed chunk.
 */
final class DueCreators {

	static final String DUE = """
			(select c.id, c.project_id, p.org_id, c.tiktok_handle as handle, c.sec_uid, c.tracking_mode,
				c.tracking_start_date, o.timezone, c.last_discovered_at,
				c.discovery_requested_at is not null as requested,
				:asOf + make_interval(hours => greatest(o.discover_every_hours, pl.min_discover_videos_hours))
					as next_discovery_at,
				:asOf + make_interval(hours => greatest(o.stats_every_hours, pl.min_video_stats_hours))
					as next_capture_at
			from creators c
			join projects p on p.id = c.project_id
			join orgs o on o.id = p.org_id
			join plans pl on pl.id = o.plan_id
			where c.active
				and (c.discovery_requested_at is not null or (not :requestedOnly and c.next_discovery_at <= :asOf))
			) as due""";

	private DueCreators() {
	}

	static JdbcPagingItemReader<DueCreator> reader(DataSource dataSource, Slot slot, int pageSize) throws Exception {
		return DueReaders.keyset("dueCreators", dataSource, DUE, "id", slot, pageSize,
				new DataClassRowMapper<>(DueCreator.class));
	}

}
