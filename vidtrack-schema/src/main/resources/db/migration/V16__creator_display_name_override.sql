-- A display name set through the API is the team's choice: discovery keeps refreshing TikTok's nickname for
-- creators whose name nobody set, and leaves a set one alone until it is cleared (PATCH with "").
alter table creators add column display_name_set boolean not null default false;
