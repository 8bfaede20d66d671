-- The CAP alert a bulletin came from (its sender and identifier, as the alert gives them), so that the approval
-- queue and the bulletin's page say where its text came from. NULL for bulletins written in Loa.
ALTER TABLE bulletin ADD COLUMN cap_origin VARCHAR(300);
