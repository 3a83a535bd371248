-- The demo's activities copied, with ids far above the originals, until there are
-- 2,000 (same associations, texts in every language, seasons unchanged). For a SQLite
-- database with the demo; used by bench/activities.sh and bench/api.sh.
WITH RECURSIVE copy(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM copy WHERE k < 50)
INSERT INTO activities (id, municipality_id, association_id, category, min_age, max_age, gender, schedule, place,
    lat, lon, cost_ore, voucher_accepted, trial_sessions, leader_languages, status, updated_at, demo)
SELECT a.id + 100000 * k, municipality_id, association_id, category, min_age, max_age, gender, schedule, place,
    lat + (k % 7) * 0.003, lon + (k % 5) * 0.004, cost_ore, voucher_accepted, trial_sessions, leader_languages,
    status, updated_at, demo
FROM activities a, copy WHERE a.id < 100000;
INSERT INTO activity_texts (activity_id, lang, title, description, accessibility, equipment)
SELECT t.activity_id + 100000 * k, lang, title, description, accessibility, equipment
FROM activity_texts t, (WITH RECURSIVE copy(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM copy WHERE k < 50) SELECT k FROM copy)
WHERE t.activity_id < 100000;
DELETE FROM activity_texts WHERE activity_id IN (SELECT id FROM activities ORDER BY id LIMIT -1 OFFSET 2000);
DELETE FROM activities WHERE id IN (SELECT id FROM activities ORDER BY id LIMIT -1 OFFSET 2000);
