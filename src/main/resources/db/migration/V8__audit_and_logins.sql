-- Tamper-evident audit trail and login lockout (issue 5, items 4 and 5). Portable SQL: H2 2.x and PostgreSQL 15.

-- Append-only: one row per recorded action, each carrying the SHA-256 of the one before (vn.loa.audit.AuditHash
-- documents the canonical form the hash covers). seq has no gaps: a missing number is a deleted row.
CREATE TABLE audit_entry (
    seq          BIGINT       PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(32)  NOT NULL,
    subject_id   VARCHAR(128) NOT NULL,
    detail       VARCHAR(8000),
    prev_hash    VARCHAR(64)  NOT NULL,
    hash         VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);

-- The chain's head, one row, locked FOR UPDATE by every append: two controllers on one database never fork it.
CREATE TABLE audit_head (
    id   INTEGER     PRIMARY KEY,
    seq  BIGINT      NOT NULL,
    hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Failed password checks per username (known or not, so lockouts do not tell which usernames exist).
CREATE TABLE login_attempt (
    username     VARCHAR(64) PRIMARY KEY,
    failures     INTEGER     NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);

-- A locked login is a security event without a receiver.
ALTER TABLE security_event ALTER COLUMN receiver_id DROP NOT NULL;
