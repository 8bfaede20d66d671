-- Broadcast log benchmark data for PostgreSQL (issue 12): one province, 100 communes of 20 villages (2,000),
-- 5,000 receivers (50 a commune, 2 or 3 a village), ${deliveries} deliveries with their final event. Each broadcast
-- targets one commune's 50 receivers; there are 548 a day (about 5.5 a commune, at 05:30, 06:00, 06:30, 17:00,
-- 17:30 and 18:00 Vietnam time), so 10,000,000 deliveries cover 365 days ending yesterday and a smaller run covers
-- fewer days with the same density (a commune's week is about 1,900 rows whatever the size). Each bulletin is
-- broadcast 4 times. Final states: played 93 %, timed out 3 %, failed 2 %, expired 1.5 %, rejected 0.3 %,
-- canceled 0.2 %, with the timestamps and details each state has. Areas carry V12's keys (name_key: the name in
-- lower case, which LOWER() would give too for these names; parent_key: the parent's id, 0 for the province).
--
-- delivery.play_at is the copy of its broadcast's that V23 added. Run on a schema Flyway has migrated (LogBenchmark
-- does it: schema loa_bench of database test), with the two
-- placeholders replaced: ${deliveries} (a multiple of 50) and ${start} (the first day's midnight in Vietnam, as
-- 2025-12-07 00:00:00+07:00). By hand:
--   sed -e 's/${deliveries}/10000000/g' -e 's/${start}/2025-12-07 00:00:00+07:00/g' log-pg.sql \
--     | PGOPTIONS='-c search_path=loa_bench' psql -h 127.0.0.1 -U postgres -d test
-- Foreign-key triggers are off for the session (session_replication_role = replica, the keys hold by construction);
-- 10,000,000 rows take a few minutes on two cores. Statements end with ';' at a line's end (the driver splits there).

SET session_replication_role = replica;
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';

INSERT INTO area (parent_id, level, name, name_key, parent_key, archived, created_at, updated_at, version)
VALUES (NULL, 'PROVINCE', 'Tỉnh Bench', 'tỉnh bench', 0, FALSE, TIMESTAMPTZ '${start}', TIMESTAMPTZ '${start}', 0);

INSERT INTO area (parent_id, level, name, name_key, parent_key, archived, created_at, updated_at, version)
SELECT p.id, 'COMMUNE', 'Xã Bench ' || lpad(c::text, 3, '0'), 'xã bench ' || lpad(c::text, 3, '0'), p.id, FALSE, p.created_at, p.created_at, 0
FROM area p, generate_series(0, 99) c
WHERE p.level = 'PROVINCE' AND p.name = 'Tỉnh Bench';

INSERT INTO area (parent_id, level, name, name_key, parent_key, archived, created_at, updated_at, version)
SELECT c.id, 'VILLAGE', 'Thôn ' || substr(c.name, 10) || '-' || lpad(v::text, 2, '0'),
       'thôn ' || substr(c.name, 10) || '-' || lpad(v::text, 2, '0'), c.id, FALSE, c.created_at, c.created_at, 0
FROM area c, generate_series(0, 19) v
WHERE c.level = 'COMMUNE' AND c.name LIKE 'Xã Bench %';

-- receiver rx-bench-CCC-SS: commune CCC, slot SS (0..49) in village SS % 20
INSERT INTO receiver (id, name, village, commune, created_at, online, last_seq, area_id, last_seen_at)
SELECT 'rx-bench-' || substr(c.name, 10) || '-' || lpad(s::text, 2, '0'),
       'Loa ' || v.name || ' số ' || (s / 20 + 1), v.name, c.name, c.created_at, TRUE, 0, v.id, c.created_at
FROM area c
CROSS JOIN generate_series(0, 49) s
JOIN area v ON v.parent_id = c.id AND v.name = 'Thôn ' || substr(c.name, 10) || '-' || lpad((s % 20)::text, 2, '0')
WHERE c.level = 'COMMUNE' AND c.name LIKE 'Xã Bench %';

-- bulletin k (1-based) is broadcast as broadcasts 4k-3 .. 4k
INSERT INTO bulletin (id, title, body, language, priority, state, author, created_at, updated_at, submitted_at,
                      decided_by, decided_at, version)
SELECT k, 'Thông báo số ' || k, 'Nội dung thông báo số ' || k || ' của xã.', 'vi', 'ROUTINE', 'APPROVED', 'staff',
       TIMESTAMPTZ '${start}' + ((4 * k - 4) / 548 * 86400 - 86400) * INTERVAL '1 second',
       TIMESTAMPTZ '${start}' + ((4 * k - 4) / 548 * 86400 - 86400) * INTERVAL '1 second',
       TIMESTAMPTZ '${start}' + ((4 * k - 4) / 548 * 86400 - 86400) * INTERVAL '1 second', 'approver',
       TIMESTAMPTZ '${start}' + ((4 * k - 4) / 548 * 86400 - 86400) * INTERVAL '1 second', 1
FROM generate_series(1, (${deliveries} / 50 + 3) / 4) k;

-- broadcast b (1-based), k = b - 1: day k / 548, slot (k % 548) / 100, commune k % 100
INSERT INTO broadcast (id, bulletin_id, play_at, expires_at, targets, created_by, created_at)
SELECT x.b, (x.b + 3) / 4, x.play_at, x.play_at + INTERVAL '2 hours',
       '{"communes":["Xã Bench ' || lpad(((x.b - 1) % 100)::text, 3, '0') || '"]}', 'staff',
       x.play_at - INTERVAL '1 day'
FROM (SELECT b, TIMESTAMPTZ '${start}' + ((b - 1) / 548 * 86400
             + (CASE WHEN (b - 1) % 548 / 100 < 3 THEN 330 + 30 * ((b - 1) % 548 / 100)
                     ELSE 1020 + 30 * ((b - 1) % 548 / 100 - 3) END) * 60
             + (b - 1) % 100 * 7) * INTERVAL '1 second' AS play_at
      FROM generate_series(1, ${deliveries} / 50) b) x;

-- delivery d (1-based): broadcast (d - 1) / 50 + 1, slot (d - 1) % 50 of that broadcast's commune;
-- h = a hash of d in 0..999 picks the final state
INSERT INTO delivery (id, broadcast_id, receiver_id, play_at, command_id, state, send_after, sent_at, received_at,
                      delivered_at, started_at, finished_at, detail, updated_at, version, seq, issued_at,
                      reported_late, reported_at, resend)
SELECT y.d, y.bc, y.rx, y.play_at, 'bench-' || y.d, y.state, y.play_at - INTERVAL '10 minutes',
       CASE WHEN y.state = 'EXPIRED' THEN NULL ELSE y.play_at - INTERVAL '9 minutes' END,
       CASE WHEN y.state IN ('EXPIRED', 'TIMED_OUT') THEN NULL ELSE y.play_at - INTERVAL '8 minutes 58 seconds' END,
       CASE WHEN y.state IN ('PLAYED', 'FAILED', 'CANCELED') THEN y.play_at - INTERVAL '8 minutes 40 seconds' END,
       CASE WHEN y.state IN ('PLAYED', 'CANCELED') THEN y.play_at END,
       CASE WHEN y.state = 'PLAYED' THEN y.play_at + INTERVAL '2 minutes 30 seconds'
            WHEN y.state = 'CANCELED' THEN y.play_at + INTERVAL '40 seconds' END,
       CASE y.state WHEN 'FAILED' THEN 'audio output error' WHEN 'REJECTED' THEN 'bad-signature'
                    WHEN 'TIMED_OUT' THEN 'no report in time' WHEN 'EXPIRED' THEN 'not sent before expiry' END,
       y.play_at + INTERVAL '3 minutes', 1, y.d, y.play_at - INTERVAL '9 minutes', FALSE,
       CASE WHEN y.state IN ('PLAYED', 'FAILED', 'REJECTED', 'CANCELED') THEN y.play_at + INTERVAL '2 minutes 31 seconds' END,
       FALSE
FROM (SELECT x.d, x.bc, b.play_at,
             'rx-bench-' || lpad(((x.bc - 1) % 100)::text, 3, '0') || '-' || lpad(((x.d - 1) % 50)::text, 2, '0') AS rx,
             CASE WHEN x.h < 930 THEN 'PLAYED' WHEN x.h < 960 THEN 'TIMED_OUT' WHEN x.h < 980 THEN 'FAILED'
                  WHEN x.h < 995 THEN 'EXPIRED' WHEN x.h < 998 THEN 'REJECTED' ELSE 'CANCELED' END AS state
      FROM (SELECT d, (d - 1) / 50 + 1 AS bc, (d::bigint * 7919) % 1000 AS h
            FROM generate_series(1, ${deliveries}) d) x
      JOIN broadcast b ON b.id = x.bc) y;

-- the receiver's last report, one event a delivery (the controller's own conclusions have no receiver time)
INSERT INTO delivery_event (id, delivery_id, state, receiver_at, server_at, detail, occurrence, reported_late)
SELECT d.id, d.id, d.state,
       CASE WHEN d.state IN ('TIMED_OUT', 'EXPIRED') THEN NULL ELSE d.reported_at - INTERVAL '1 second' END,
       d.updated_at, d.detail, 0, FALSE
FROM delivery d
WHERE d.command_id LIKE 'bench-%';

ALTER TABLE bulletin ALTER COLUMN id RESTART WITH 100000000;
ALTER TABLE broadcast ALTER COLUMN id RESTART WITH 100000000;
ALTER TABLE delivery ALTER COLUMN id RESTART WITH 1000000000;
ALTER TABLE delivery_event ALTER COLUMN id RESTART WITH 1000000000;
SET session_replication_role = origin;
ANALYZE;
