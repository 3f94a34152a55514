-- A creator's video list (GET /api/v1/videos?creator_id=) pages by id within the creator: this index serves
-- it as one range scan. creator_id and id never change after insert, so captures keep their HOT updates.
create index videos_creator_id_idx on videos (creator_id, id) where creator_id is not null;
