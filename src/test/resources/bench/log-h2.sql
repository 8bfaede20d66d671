-- The same data as log-pg.sql (read its header for the shape), in H2's dialect: SYSTEM_RANGE for generate_series,
-- DATEADD for interval arithmetic, MOD for %. Placeholders ${deliveries} (a multiple of 50) and ${start} as there.
-- Referential integrity is off while it runs (the keys hold by construction). H2 keeps the whole database in the
-- test JVM's heap: about 1 GB a million deliveries.

SET REFERENTIAL_INTEGRITY FALSE;

INSERT INTO area (parent_id, level, name, name_key, parent_key, archived, created_at, updated_at, version)
VALUES (NULL, 'PROVINCE', 'Tỉnh Bench', 'tỉnh bench', 0, FALSE, TIMESTAMP WITH TIME ZONE '${start}',
        TIMESTAMP WITH TIME ZONE '${start}', 0);

INSERT INTO area (parent_id, level, name, name_key, parent_key, archived, created_at, updated_at, version)
SELECT p.id, 'COMMUNE', 'Xã Bench ' || LPAD(CAST(c.x AS VARCHAR), 3, '0'),
       'xã bench ' || LPAD(CAST(c.x AS VARCHAR), 3, '0'), p.id, FALSE, p.created_at, p.created_at, 0
FROM area p, SYSTEM_RANGE(0, 99) c
WHERE p.level = 'PROVINCE' AND p.name = 'Tỉnh Bench';

INSERT INTO area (parent_id, level, name, name_key, parent_key, archived, created_at, updated_at, version)
SELECT c.id, 'VILLAGE', 'Thôn ' || SUBSTRING(c.name, 10) || '-' || LPAD(CAST(v.x AS VARCHAR), 2, '0'),
       'thôn ' || SUBSTRING(c.name, 10) || '-' || LPAD(CAST(v.x AS VARCHAR), 2, '0'), c.id, FALSE, c.created_at,
       c.created_at, 0
FROM area c, SYSTEM_RANGE(0, 19) v
WHERE c.level = 'COMMUNE' AND c.name LIKE 'Xã Bench %';

INSERT INTO receiver (id, name, village, commune, created_at, online, last_seq, area_id, last_seen_at)
SELECT 'rx-bench-' || SUBSTRING(c.name, 10) || '-' || LPAD(CAST(s.x AS VARCHAR), 2, '0'),
       'Loa ' || v.name || ' số ' || (s.x / 20 + 1), v.name, c.name, c.created_at, TRUE, 0, v.id, c.created_at
FROM area c
CROSS JOIN SYSTEM_RANGE(0, 49) s
JOIN area v ON v.parent_id = c.id
           AND v.name = 'Thôn ' || SUBSTRING(c.name, 10) || '-' || LPAD(CAST(MOD(s.x, 20) AS VARCHAR), 2, '0')
WHERE c.level = 'COMMUNE' AND c.name LIKE 'Xã Bench %';

INSERT INTO bulletin (id, title, body, language, priority, state, author, created_at, updated_at, submitted_at,
                      decided_by, decided_at, version)
SELECT k.x, 'Thông báo số ' || k.x, 'Nội dung thông báo số ' || k.x || ' của xã.', 'vi', 'ROUTINE', 'APPROVED',
       'staff', DATEADD(SECOND, (4 * k.x - 4) / 548 * 86400 - 86400, TIMESTAMP WITH TIME ZONE '${start}'),
       DATEADD(SECOND, (4 * k.x - 4) / 548 * 86400 - 86400, TIMESTAMP WITH TIME ZONE '${start}'),
       DATEADD(SECOND, (4 * k.x - 4) / 548 * 86400 - 86400, TIMESTAMP WITH TIME ZONE '${start}'), 'approver',
       DATEADD(SECOND, (4 * k.x - 4) / 548 * 86400 - 86400, TIMESTAMP WITH TIME ZONE '${start}'), 1
FROM SYSTEM_RANGE(1, (${deliveries} / 50 + 3) / 4) k;

INSERT INTO broadcast (id, bulletin_id, play_at, expires_at, targets, created_by, created_at)
SELECT y.b, (y.b + 3) / 4, y.play_at, DATEADD(HOUR, 2, y.play_at),
       '{"communes":["Xã Bench ' || LPAD(CAST(MOD(y.b - 1, 100) AS VARCHAR), 3, '0') || '"]}', 'staff',
       DATEADD(DAY, -1, y.play_at)
FROM (SELECT x.x AS b, DATEADD(SECOND, CAST((x.x - 1) / 548 AS BIGINT) * 86400
             + (CASE WHEN MOD(x.x - 1, 548) / 100 < 3 THEN 330 + 30 * (MOD(x.x - 1, 548) / 100)
                     ELSE 1020 + 30 * (MOD(x.x - 1, 548) / 100 - 3) END) * 60
             + MOD(x.x - 1, 100) * 7, TIMESTAMP WITH TIME ZONE '${start}') AS play_at
      FROM SYSTEM_RANGE(1, ${deliveries} / 50) x) y;

INSERT INTO delivery (id, broadcast_id, receiver_id, play_at, command_id, state, send_after, sent_at, received_at,
                      delivered_at, started_at, finished_at, detail, updated_at, version, seq, issued_at,
                      reported_late, reported_at, resend)
SELECT y.d, y.bc, y.rx, y.play_at, 'bench-' || y.d, y.state, DATEADD(SECOND, -600, y.play_at),
       CASE WHEN y.state = 'EXPIRED' THEN NULL ELSE DATEADD(SECOND, -540, y.play_at) END,
       CASE WHEN y.state IN ('EXPIRED', 'TIMED_OUT') THEN NULL ELSE DATEADD(SECOND, -538, y.play_at) END,
       CASE WHEN y.state IN ('PLAYED', 'FAILED', 'CANCELED') THEN DATEADD(SECOND, -520, y.play_at) END,
       CASE WHEN y.state IN ('PLAYED', 'CANCELED') THEN y.play_at END,
       CASE WHEN y.state = 'PLAYED' THEN DATEADD(SECOND, 150, y.play_at)
            WHEN y.state = 'CANCELED' THEN DATEADD(SECOND, 40, y.play_at) END,
       CASE y.state WHEN 'FAILED' THEN 'audio output error' WHEN 'REJECTED' THEN 'bad-signature'
                    WHEN 'TIMED_OUT' THEN 'no report in time' WHEN 'EXPIRED' THEN 'not sent before expiry' END,
       DATEADD(SECOND, 180, y.play_at), 1, y.d, DATEADD(SECOND, -540, y.play_at), FALSE,
       CASE WHEN y.state IN ('PLAYED', 'FAILED', 'REJECTED', 'CANCELED') THEN DATEADD(SECOND, 151, y.play_at) END,
       FALSE
FROM (SELECT x.d, x.bc, b.play_at,
             'rx-bench-' || LPAD(CAST(MOD(x.bc - 1, 100) AS VARCHAR), 3, '0') || '-'
                 || LPAD(CAST(MOD(x.d - 1, 50) AS VARCHAR), 2, '0') AS rx,
             CASE WHEN x.h < 930 THEN 'PLAYED' WHEN x.h < 960 THEN 'TIMED_OUT' WHEN x.h < 980 THEN 'FAILED'
                  WHEN x.h < 995 THEN 'EXPIRED' WHEN x.h < 998 THEN 'REJECTED' ELSE 'CANCELED' END AS state
      FROM (SELECT r.x AS d, (r.x - 1) / 50 + 1 AS bc, MOD(r.x * 7919, 1000) AS h
            FROM SYSTEM_RANGE(1, ${deliveries}) r) x
      JOIN broadcast b ON b.id = x.bc) y;

INSERT INTO delivery_event (id, delivery_id, state, receiver_at, server_at, detail, occurrence, reported_late)
SELECT d.id, d.id, d.state,
       CASE WHEN d.state IN ('TIMED_OUT', 'EXPIRED') THEN NULL ELSE DATEADD(SECOND, -1, d.reported_at) END,
       d.updated_at, d.detail, 0, FALSE
FROM delivery d
WHERE d.command_id LIKE 'bench-%';

ALTER TABLE bulletin ALTER COLUMN id RESTART WITH 100000000;
ALTER TABLE broadcast ALTER COLUMN id RESTART WITH 100000000;
ALTER TABLE delivery ALTER COLUMN id RESTART WITH 1000000000;
ALTER TABLE delivery_event ALTER COLUMN id RESTART WITH 1000000000;
SET REFERENTIAL_INTEGRITY TRUE;
ANALYZE;
