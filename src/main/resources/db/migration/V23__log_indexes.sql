-- The officials' log asks for a commune (its receivers) and a range of scheduled times. The time was only on the
-- broadcast, so PostgreSQL read every delivery each of the commune's receivers ever had (a year of them) and kept
-- the few in range: 100,000 rows from 100,000 pages for one commune and month at 10 million deliveries. Each
-- delivery now carries its broadcast's playAt (a broadcast's playAt never changes once it is scheduled; the
-- application writes both in the same transaction), and one index finds a receiver's deliveries in a time range.
ALTER TABLE delivery ADD COLUMN play_at TIMESTAMP WITH TIME ZONE;
UPDATE delivery SET play_at = (SELECT b.play_at FROM broadcast b WHERE b.id = delivery.broadcast_id);
ALTER TABLE delivery ALTER COLUMN play_at SET NOT NULL;
CREATE INDEX delivery_receiver_play_at_idx ON delivery (receiver_id, play_at);
