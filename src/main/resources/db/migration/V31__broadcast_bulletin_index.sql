-- The officials' log filtered by bulletin (issue 12) looks up a bulletin's broadcasts: PostgreSQL does not index a
-- foreign key by itself (H2 does; a second index there is harmless).
CREATE INDEX broadcast_bulletin_idx ON broadcast (bulletin_id);
