-- Quiet hours per area (issue 10 item 3): local time in Asia/Ho_Chi_Minh, HH:MM, from inclusive, to exclusive (a
-- window with from after to runs across midnight). Both null: the area inherits its parent's window, and the top
-- of the tree the configured default (loa.quiet-hours.default, 21:00-05:00).
ALTER TABLE area ADD COLUMN quiet_from VARCHAR(5);
ALTER TABLE area ADD COLUMN quiet_to VARCHAR(5);

-- The battery reserve a receiver reports keeping (issue 16 item 4, heartbeat power.reservePercent), percent; null
-- when its agent does not report one.
ALTER TABLE receiver ADD COLUMN battery_reserve_percent INTEGER;
