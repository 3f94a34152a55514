-- Each API key's per-minute window, counted by the same statement that looks up the key and counts the daily
-- quota (one round trip per request instead of Bucket4j's select ... for update, update and commit).
-- A window starts at the first request after the previous one ended and admits
-- vidtrack.api.limits.requests-per-minute requests; the conflicting row's lock makes it exact under
-- concurrency and shared by every API instance, and Postgres's clock is the one clock they share.
create table api_request_windows (
    key_id      bigint primary key references api_keys (id) on delete cascade,
    started_at  timestamptz not null,
    requests    integer not null check (requests >= 1)
);

drop table api_rate_buckets;
