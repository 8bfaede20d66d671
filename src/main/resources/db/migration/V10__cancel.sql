-- A scheduled broadcast can be withdrawn before it plays (PROTOCOL.md 4.1d). Who withdrew it, when and why are kept
-- on the plan; what became of it on each receiver stays in delivery and delivery_event.
ALTER TABLE broadcast ADD COLUMN canceled_by VARCHAR(64);
ALTER TABLE broadcast ADD COLUMN canceled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE broadcast ADD COLUMN cancel_reason VARCHAR(500);

-- The play command a cancel command withdraws (null for the other control commands).
ALTER TABLE control_command ADD COLUMN target_command_id VARCHAR(36);
