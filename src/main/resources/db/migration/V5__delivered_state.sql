-- The receivers issue names the state after download and verification DELIVERED (signature and audio verified,
-- audio cached), after AWS IoT Jobs; the column follows.
ALTER TABLE delivery RENAME COLUMN downloaded_at TO delivered_at;
UPDATE delivery SET state = 'DELIVERED' WHERE state = 'DOWNLOADED';
UPDATE delivery_event SET state = 'DELIVERED' WHERE state = 'DOWNLOADED';
