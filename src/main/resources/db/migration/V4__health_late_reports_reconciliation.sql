-- Heartbeat health of receivers, late reports (acks that waited in a receiver's outbox), and re-sends asked for by
-- reconciliation (the receivers issue, parts 3, 4 and 6).
ALTER TABLE receiver ADD COLUMN status_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE receiver ADD COLUMN firmware VARCHAR(64);
ALTER TABLE receiver ADD COLUMN power_source VARCHAR(16);
ALTER TABLE receiver ADD COLUMN battery_percent INTEGER;
ALTER TABLE receiver ADD COLUMN signal_dbm INTEGER;
ALTER TABLE receiver ADD COLUMN volume_percent INTEGER;
ALTER TABLE receiver ADD COLUMN storage_free_bytes BIGINT;
ALTER TABLE receiver ADD COLUMN queued_commands INTEGER;
ALTER TABLE receiver ADD COLUMN clock_offset_ms BIGINT;

ALTER TABLE delivery_event ADD COLUMN reported_late BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE delivery ADD COLUMN reported_late BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE delivery ADD COLUMN reported_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE delivery ADD COLUMN resend BOOLEAN NOT NULL DEFAULT FALSE;
