-- The stream processor's sink rewrites the same aggregate rows several times a second. With room left on each
-- page, Postgres updates a row in place of its page (a HOT update: no new index entry, and the old version is
-- pruned without waiting for vacuum); on full pages a third of the daily updates were not HOT, and the table
-- and its index grew with dead rows. Measured in docs/performance.md (stream section).
alter table aggregate_totals set (fillfactor = 50);
alter table aggregate_daily set (fillfactor = 50);
