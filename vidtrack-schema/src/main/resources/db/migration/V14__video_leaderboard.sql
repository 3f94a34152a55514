-- The video leaderboard (GET /api/v1/analytics/leaderboard) by views, the ranking people ask for: counted videos
-- of a project by views descending, then id, keyset-paged. The index is on the ascending (-views, id), so a
-- page's start is one row comparison the index range-scans from; an org-wide board reads one such range per
-- project (a lateral join) and merges at most projects × page rows. Partial on counted: excluded, pending and
-- disabled videos are never ranked. Null views (photo posts) rank as 0.
-- Only views is indexed: every capture rewrites the counts, and each such index costs every capture an index
-- entry (and its HOT update). Likes, comments, shares and saves boards sort the project's counted videos.
create index videos_leaderboard_views_idx on videos (project_id, (-coalesce(view_count, 0)), id) where counted;
