-- What the query API keeps of its own: usage against the plan's daily quota, Idempotency-Key answers, and the
-- per-key request window.

-- Requests per org and UTC day, counted against plans.max_api_requests_per_day by one upsert per request.
create table api_usage_daily (
    org_id    bigint not null references orgs (id) on delete cascade,
    day       date not null,
    requests  integer not null check (requests >= 0),
    primary key (org_id, day)
);

-- The first answer to a POST with an Idempotency-Key, replayed to retries for 24 hours.
-- status null: the first request is still running.
create table idempotency_keys (
    org_id           bigint not null references orgs (id) on delete cascade,
    idempotency_key  text not null check (length(idempotency_key) between 1 and 255),
    request_hash     text not null,
    status           integer,
    content_type     text,
    body             bytea,
    created_at       timestamptz not null default now(),
    primary key (org_id, idempotency_key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);

-- Bucket4j's state of each API key's per-minute window (id = api_keys.id), read and written under
-- select ... for update so that every API instance shares one exact window.
create table api_rate_buckets (
    id          bigint primary key,
    state       bytea,
    expires_at  bigint
);
