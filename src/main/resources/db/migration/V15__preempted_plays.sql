-- Issue 11: an emergency breaks in on a routine or important play, which is acked 'preempted' and plays again from
-- its start, so one delivery may report PLAYING and PREEMPTED more than once. Each report of a state is now one
-- occurrence: 0 for every state reported once (all of them before this), 1, 2... for a play cut again.
ALTER TABLE delivery_event ADD COLUMN occurrence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE delivery_event DROP CONSTRAINT delivery_event_uq;
ALTER TABLE delivery_event ADD CONSTRAINT delivery_event_uq UNIQUE (delivery_id, state, occurrence);
