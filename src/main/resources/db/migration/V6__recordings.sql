-- Recorded announcements (issue 4, item 3): a bulletin may carry an uploaded recording instead of being spoken.
-- The original is stored content-addressed under loa.data-dir/recordings; these columns describe it. A bulletin
-- with recording_sha256 set is "recorded", otherwise "text".
ALTER TABLE bulletin ADD COLUMN recording_sha256 VARCHAR(64);
ALTER TABLE bulletin ADD COLUMN recording_format VARCHAR(8);
ALTER TABLE bulletin ADD COLUMN recording_name VARCHAR(100);
ALTER TABLE bulletin ADD COLUMN recording_bytes BIGINT;
ALTER TABLE bulletin ADD COLUMN recording_duration_ms BIGINT;
