-- vidtrack system of record. Every change to this schema is a new Flyway migration.

-- Plans are data, not code: limits change with an UPDATE, never with a release.
create table plans (
    id                                  text primary key check (id ~ '^[a-z][a-z0-9_]*$'),
    max_creators_per_org                integer not null check (max_creators_per_org >= 0),
    max_projects_per_org                integer not null check (max_projects_per_org >= 0),
    max_tracked_videos_per_org          integer not null check (max_tracked_videos_per_org >= 0),
    max_api_requests_per_day            integer not null check (max_api_requests_per_day >= 0),
    max_manual_scrape_triggers_per_day  integer not null check (max_manual_scrape_triggers_per_day >= 0),
    stats_history_retention_days        integer check (stats_history_retention_days > 0), -- null: unlimited
    min_discover_videos_hours           integer not null check (min_discover_videos_hours > 0),
    min_video_stats_hours               integer not null check (min_video_stats_hours > 0)
);

insert into plans values
    ('free',    5,   1,    500,     0,   1,   30, 24, 24),
    ('starter', 50,  3,  10000,  1000,  10,  365,  6,  6),
    ('ultra',   300, 10, 200000, 50000, 100, null,  1,  1);

create table orgs (
    id                    bigint generated always as identity primary key,
    name                  text not null check (length(name) between 1 and 200),
    plan_id               text not null references plans (id),
    -- an unknown zone makes the expression raise, so the check rejects it
    timezone              text not null default 'UTC' check (now() at time zone timezone is not null),
    discover_every_hours  integer not null default 24 check (discover_every_hours > 0),
    stats_every_hours     integer not null default 24 check (stats_every_hours > 0),
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);

create table projects (
    id           bigint generated always as identity primary key,
    org_id       bigint not null references orgs (id) on delete cascade,
    name         text not null check (length(name) between 1 and 200),
    description  text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index projects_org_idx on projects (org_id, id);

create table creators (
    id                      bigint generated always as identity primary key,
    project_id              bigint not null references projects (id) on delete cascade,
    tiktok_handle           text not null check (tiktok_handle ~ '^[A-Za-z0-9._-]{1,30}$'),
    tiktok_user_id          text,
    sec_uid                 text,
    display_name            text,
    avatar_url              text,
    follower_count          bigint,
    tracking_mode           text not null default 'auto' check (tracking_mode in ('auto', 'selective')),
    tracking_start_date     date not null default current_date,
    notes                   text,
    active                  boolean not null default true,
    -- what the last profile read said: ok, or why the creator could not be read
    profile_status          text not null default 'unknown'
                            check (profile_status in ('unknown', 'ok', 'not_found', 'private')),
    last_discovered_at      timestamptz,
    -- set when discovery is wanted before the next schedule slot (creator just added, manual refresh)
    discovery_requested_at  timestamptz,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now()
);
-- one active handle per project, case-insensitive
create unique index creators_active_handle_uq on creators (project_id, lower(tiktok_handle)) where active;
create index creators_discovery_queue_idx on creators (discovery_requested_at) where discovery_requested_at is not null;

create table creator_snapshots (
    creator_id   bigint not null references creators (id) on delete cascade,
    captured_at  timestamptz not null,
    followers    bigint,
    following    bigint,
    total_likes  bigint,
    video_count  bigint,
    primary key (creator_id, captured_at)
);

create table videos (
    id                    bigint generated always as identity primary key,
    project_id            bigint not null references projects (id) on delete cascade,
    creator_id            bigint references creators (id) on delete set null, -- null for a direct add
    tiktok_video_id       text not null check (tiktok_video_id ~ '^[0-9]{1,25}$'),
    url                   text not null,
    title                 text,
    thumbnail_url         text,
    posted_at             timestamptz,
    is_photo              boolean not null default false,
    tracking_status       text not null check (tracking_status in
                              ('auto_tracked', 'pending_review', 'included', 'excluded', 'direct_add')),
    tracking_disabled     boolean not null default false,
    counted               boolean generated always as
                              (tracking_status in ('auto_tracked', 'included', 'direct_add') and not tracking_disabled) stored,
    notes                 text,
    view_count            bigint, -- null: photo posts may carry no views
    like_count            bigint,
    comment_count         bigint,
    share_count           bigint,
    save_count            bigint,
    last_scraped_at       timestamptz,
    -- set when a capture is wanted before the next slot (added by URL, manual refresh)
    capture_requested_at  timestamptz,
    -- what TikTok says of the post now; a gone post keeps its history
    availability          text not null default 'available'
                          check (availability in ('available', 'deleted', 'private', 'unavailable')),
    unavailable_since     timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    -- one TikTok video once per project; the same video may be tracked by two projects
    constraint videos_project_tiktok_uq unique (project_id, tiktok_video_id)
);
create index videos_creator_idx on videos (creator_id, posted_at desc) where creator_id is not null;
create index videos_project_idx on videos (project_id, id);
create index videos_capture_queue_idx on videos (capture_requested_at) where capture_requested_at is not null;

-- Append-only history. Hash-partitioned by video so that each partition's index, vacuum and
-- retention prune stay a sixteenth of the whole; every read is per video (or per set of videos).
create table stats_snapshots (
    video_id     bigint not null references videos (id) on delete cascade,
    captured_at  timestamptz not null,
    views        bigint,
    likes        bigint not null,
    comments     bigint not null,
    shares       bigint not null,
    saves        bigint not null,
    primary key (video_id, captured_at)
) partition by hash (video_id);

do $$
begin
    for i in 0..15 loop
        execute format('create table stats_snapshots_p%s partition of stats_snapshots for values with (modulus 16, remainder %s)', i, i);
    end loop;
end $$;

create table campaigns (
    id           bigint generated always as identity primary key,
    project_id   bigint not null references projects (id) on delete cascade,
    name         text not null check (length(name) between 1 and 200),
    notes        text,
    target_views bigint check (target_views >= 0),
    target_at    timestamptz,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index campaigns_project_idx on campaigns (project_id, id);

create table campaign_items (
    campaign_id  bigint not null references campaigns (id) on delete cascade,
    item_type    text not null check (item_type in ('creator', 'video', 'campaign')),
    item_id      bigint not null,
    added_at     timestamptz not null default now(),
    primary key (campaign_id, item_type, item_id),
    -- longer cycles are rejected by the writer, which walks the tree in the same transaction
    check (not (item_type = 'campaign' and item_id = campaign_id))
);
create index campaign_items_item_idx on campaign_items (item_type, item_id);

create table api_keys (
    id          bigint generated always as identity primary key,
    org_id      bigint not null references orgs (id) on delete cascade,
    name        text not null check (length(name) between 1 and 200),
    key_hash    text not null unique check (key_hash ~ '^[0-9a-f]{64}$'), -- sha256 of the whole key, hex
    key_prefix  text not null,
    scopes      text[] not null check (scopes <@ array['read', 'write'] and cardinality(scopes) > 0),
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);
create index api_keys_org_idx on api_keys (org_id);

-- Manual refreshes: counted per org per UTC day against the plan, and a queue the capture poller drains.
create table manual_scrape_triggers (
    id            bigint generated always as identity primary key,
    org_id        bigint not null references orgs (id) on delete cascade,
    video_id      bigint not null references videos (id) on delete cascade,
    requested_at  timestamptz not null default now(),
    captured_at   timestamptz
);
create index manual_scrape_triggers_org_day_idx on manual_scrape_triggers (org_id, requested_at);

-- Transactional outbox: a row commits with the change it describes; the relay publishes in id order.
create table outbox (
    id           bigint generated always as identity primary key,
    topic        text not null,
    message_key  text not null,
    payload      text not null,
    created_at   timestamptz not null default now()
);

-- What a run could not read, and why: the record behind every skip.
create table scrape_failures (
    id                bigint generated always as identity primary key,
    job_execution_id  bigint,
    target_type       text not null check (target_type in ('creator', 'video', 'listing')),
    target_id         bigint,
    url               text,
    outcome           text not null,
    reason            text not null,
    occurred_at       timestamptz not null default now()
);
create index scrape_failures_target_idx on scrape_failures (target_type, target_id, occurred_at desc);
