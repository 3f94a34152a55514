package io.vidtrack.ingest.discovery;


import javax.sql.DataSource;

import io.vidtrack.ingest.support.DueReaders;
import io.vidtrack.ingest.support.Slot;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.jdbc.core.DataClassRowMapper;

/**
 * The active creators whose discovery is due at the slot's instant: asked for (a discovery request is
 * pending), never discovered, or last discovered at least the org's interval ago, clamped to the plan's floor.
 * Keyset-paged by id; the reader keeps its position in the step's execution context, so a restart goes on
 * after the last committed chunk.
 */
final class DueCreators {

	static final String DUE = """
			(select c.id, c.project_id, p.org_id, c.tiktok_handle as handle, c.sec_uid, c.tracking_mode,
				c.tracking_start_date, o.timezone, c.last_discovered_at,
				c.discovery_requested_at is not null as requested
			from creators c
			join projects p on p.id = c.project_id
			join orgs o on o.id = p.org_id
			join plans pl on pl.id = o.plan_id
			where c.active
				and (c.discovery_requested_at is not null
					or (not :requestedOnly and (c.last_discovered_at is null
						or c.last_discovered_at <= :asOf
							- make_interval(hours => greatest(o.discover_every_hours, pl.min_discover_videos_hours)))))
			) as due""";

	private DueCreators() {
	}

	static JdbcPagingItemReader<DueCreator> reader(DataSource dataSource, Slot slot, int pageSize) throws Exception {
		return DueReaders.keyset("dueCreators", dataSource, DUE, "id", slot, pageSize,
				new DataClassRowMapper<>(DueCreator.class));
	}

}
