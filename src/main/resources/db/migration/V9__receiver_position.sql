-- Where a receiver stands (WGS 84 degrees), for the officials' fleet map. Optional: a receiver without a position
-- is listed beside the map instead of on it.
ALTER TABLE receiver ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE receiver ADD COLUMN longitude DOUBLE PRECISION;
