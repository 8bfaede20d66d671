-- Issue 17: a receiver's refusal is a security event once per occurrence. A redelivered copy of the same report
-- (same receiver, command, code and receiver time) was stored twice before; keep the first, then let a unique key
-- refuse copies. Rows without a receiver time or command (forged acks, locked logins) hold NULLs, which a unique
-- key never compares equal, so each of them stays an event of its own.
DELETE FROM security_event
WHERE receiver_at IS NOT NULL AND command_id IS NOT NULL AND receiver_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM security_event first_one
              WHERE first_one.receiver_id = security_event.receiver_id
                AND first_one.command_id = security_event.command_id
                AND first_one.code = security_event.code
                AND first_one.receiver_at = security_event.receiver_at
                AND first_one.id < security_event.id);

CREATE UNIQUE INDEX security_event_occurrence_uq ON security_event (receiver_id, command_id, code, receiver_at);
