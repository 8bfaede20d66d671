-- Per-receiver broker credentials (the receivers issue, part 2). The secret itself is never stored: SHA-256 of it
-- for the embedded broker (the secret is 256 random bits, so a fast hash is enough), and Mosquitto's own
-- PBKDF2-SHA512 form for its password file.
ALTER TABLE receiver ADD COLUMN secret_sha256 VARCHAR(64);
ALTER TABLE receiver ADD COLUMN mosquitto_hash VARCHAR(200);
