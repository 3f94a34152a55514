-- When a video's next scheduled capture, and a creator's next scheduled discovery, are due: stored, so that "due"
-- is a range on an index instead of an expression over the org's frequency that no index can serve. Without it,
-- the capture job's listing targets walked every video of every active creator on each run, due or not (1.5 s at
-- 1M videos with nothing due).
--
-- The jobs write them with every capture / discovery: the slot's instant plus the org's interval (clamped to the
-- plan's floor), so a video captured in the 20:00 slot is due again in the 20:00 slot one interval later. (Before,
-- the next one came an interval after the capture's wall time, which is always a little after its slot: with
-- hourly slots a daily video slid to the next slot every day, one snapshot every 25 hours.)
-- '-infinity' means "due at the next slot": never captured (discovered), or a capture somebody asked for. A change
-- of the org's frequencies shifts its rows by the difference (query-api, PATCH /api/v1/org).
alter table videos add column next_capture_at timestamptz not null default '-infinity';

update videos v
set next_capture_at = v.last_scraped_at + make_interval(hours => greatest(o.stats_every_hours, pl.min_video_stats_hours))
from projects p
join orgs o on o.id = p.org_id
join plans pl on pl.id = o.plan_id
where p.id = v.project_id and v.last_scraped_at is not null and v.capture_requested_at is null;

-- a requested capture is due at the next run of either kind: scheduled runs read only next_capture_at
alter table videos add constraint videos_requested_capture_due_ck
    check (capture_requested_at is null or next_capture_at = '-infinity');

-- the listing targets probe each creator for its due videos; the page step ranges over every due video
create index videos_creator_due_idx on videos (creator_id, next_capture_at) where creator_id is not null;
create index videos_due_idx on videos (next_capture_at);

-- creators are few: their due query needs no index, and a requested discovery stays its own test
alter table creators add column next_discovery_at timestamptz not null default '-infinity';

update creators c
set next_discovery_at = c.last_discovered_at
    + make_interval(hours => greatest(o.discover_every_hours, pl.min_discover_videos_hours))
from projects p
join orgs o on o.id = p.org_id
join plans pl on pl.id = o.plan_id
where p.id = c.project_id and c.last_discovered_at is not null;
