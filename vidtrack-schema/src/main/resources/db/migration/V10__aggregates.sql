-- Counted-only aggregates kept by the stream processor and read by the query API (milliseconds: one
-- primary-key lookup or one range of days). The processor upserts absolute values; nothing else writes here.
-- The rules (what counts, gains, baselines, the union of a campaign tree) live in stream-processor/README.md.

-- Live totals per project, creator and campaign: counted videos and their latest counts (null views as 0).
create table aggregate_totals (
    entity_type  text not null check (entity_type in ('project', 'creator', 'campaign')),
    entity_id    bigint not null,
    videos       bigint not null,
    views        bigint not null,
    likes        bigint not null,
    comments     bigint not null,
    shares       bigint not null,
    saves        bigint not null,
    updated_at   timestamptz not null default now(),
    primary key (entity_type, entity_id)
);

-- Daily series per entity, one row per day in the org's time zone that has any contribution.
-- gained_*: what counted videos gained that day (a baseline snapshot gains 0), the `new` mode.
-- baseline_*: the counts of baseline snapshots taken that day; `cumulative` = running sum of gained + baseline.
-- videos: counted videos posted that day (by posted_at in the org's time zone).
create table aggregate_daily (
    entity_type        text not null check (entity_type in ('project', 'creator', 'campaign')),
    entity_id          bigint not null,
    day                date not null,
    videos             bigint not null,
    gained_views       bigint not null,
    gained_likes       bigint not null,
    gained_comments    bigint not null,
    gained_shares      bigint not null,
    gained_saves       bigint not null,
    baseline_views     bigint not null,
    baseline_likes     bigint not null,
    baseline_comments  bigint not null,
    baseline_shares    bigint not null,
    baseline_saves     bigint not null,
    updated_at         timestamptz not null default now(),
    primary key (entity_type, entity_id, day)
);

-- Where the aggregate sink has read its topic up to, committed in the transaction of the rows it wrote:
-- a restart resumes exactly there, so no older value is ever written over a newer one.
create table aggregate_sink_offsets (
    topic         text not null,
    partition_id  integer not null,
    next_offset   bigint not null,
    updated_at    timestamptz not null default now(),
    primary key (topic, partition_id)
);
