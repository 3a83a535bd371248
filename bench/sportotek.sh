#!/usr/bin/env bash
# The Sportotek at 1,000 items × 5 sizes with a year of loans (issue 12): starts a release
# server with the demo on a fresh SQLite database, adds 1,000 items (Swedish names, most
# also in English, some in Arabic, Ukrainian and Dari) with 5 sizes of 1–3 copies each
# and photos, a year of history (20,000 returned loans, some cancelled and lapsed, more
# of them on the popular copies), and the loans open today: about 800 lent (some late)
# and reservations for the coming weeks, so that popular sizes are booked out for days.
# Then measures the catalogue and item pages with N sequential requests each, and the
# bytes of the catalogue. Prints, asserts nothing. Usage: bench/sportotek.sh [N]   (default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
port=18091
data=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
cargo build -q --profile server -p server
# No client: its compression at start would compete with the measurement.
VALKOMMEN_DEMO=true VALKOMMEN_DIST_DIR=$data/no-client VALKOMMEN_DATA_DIR=$data VALKOMMEN_PORT=$port \
  target/server/server >"$data/log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do kill -0 $server || { cat "$data/log"; exit 1; }; sleep 0.2; done
m=http://127.0.0.1:$port/api/municipalities/granviken
# The server's today (Swedish time), so that the loans fall where its availability looks.
today=$(curl -s "$m/sportotek" | grep -o '"today":"[0-9-]*"' | cut -d'"' -f4)

# Ids far above the demo's: item 100000+k, size 1000000+10k+j, copy 10000000+100k+10j+c.
# "Random" numbers are hashes of a counter, so every run has the same data.
sqlite3 "$data/valkommen.db" >/dev/null <<SQL
.timeout 10000
CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 21600) INSERT INTO n SELECT i FROM c;
CREATE TEMP TABLE vars AS SELECT id AS m, '$today' AS today FROM municipalities WHERE slug = 'granviken';
-- The 25 demo items are the models: item k is a variant of demo item (k - 1) % 25 + 1.
CREATE TEMP TABLE base AS
SELECT ROW_NUMBER() OVER (ORDER BY i.id) AS b, i.id AS item_id, i.category,
    (SELECT CASE s.kind WHEN 'one-size' THEN 'age' ELSE s.kind END FROM sportotek_sizes s
     WHERE s.item_id = i.id ORDER BY s.position LIMIT 1) AS kind
FROM sportotek_items i, vars WHERE i.municipality_id = vars.m;
CREATE TEMP TABLE words (lang TEXT PRIMARY KEY, model TEXT, description TEXT, share INTEGER);
INSERT INTO words VALUES
    ('sv', 'modell', 'Lånas gratis i upp till två veckor. Hämtas och lämnas under öppettiderna.', 100),
    ('en', 'model', 'Borrowed for free for up to two weeks. Pick up and return during opening hours.', 90),
    ('ar', 'طراز', 'تُعار مجاناً لمدة تصل إلى أسبوعين. الاستلام والإرجاع خلال ساعات العمل.', 60),
    ('uk', 'модель', 'Видається безкоштовно до двох тижнів. Отримання й повернення в години роботи.', 40),
    ('prs', 'مدل', 'رایگان تا دو هفته امانت داده می‌شود. تحویل و بازگشت در ساعات کاری.', 30);
CREATE TEMP TABLE sizeset (kind TEXT, j INTEGER, label TEXT, age_from INTEGER, age_to INTEGER);
INSERT INTO sizeset VALUES
    ('shoe', 0, '28', 4, 7), ('shoe', 1, '31', 6, 9), ('shoe', 2, '34', 8, 11), ('shoe', 3, '37', 10, 14), ('shoe', 4, '40', 12, 16),
    ('length', 0, '100 cm', 4, 6), ('length', 1, '115 cm', 6, 8), ('length', 2, '130 cm', 8, 10), ('length', 3, '145 cm', 10, 13), ('length', 4, '160 cm', 12, NULL),
    ('clothing', 0, 'XS', 3, 6), ('clothing', 1, 'S', 6, 9), ('clothing', 2, 'M', 9, 12), ('clothing', 3, 'L', 12, 15), ('clothing', 4, 'XL', 15, NULL),
    ('age', 0, '3–5 år', 3, 5), ('age', 1, '5–7 år', 5, 7), ('age', 2, '7–9 år', 7, 9), ('age', 3, '9–12 år', 9, 12), ('age', 4, '12–15 år', 12, 15);

INSERT INTO sportotek_items (id, municipality_id, category, photo_id, updated_at)
SELECT 100000 + n.i, vars.m, base.category,
    CASE WHEN n.i % 5 <> 0 THEN printf('%08x%08x', n.i * 2654435761 % 4294967296, n.i * 2246822519 % 4294967296) END,
    strftime('%s', 'now')
FROM n JOIN base ON base.b = (n.i - 1) % 25 + 1, vars WHERE n.i <= 1000;
-- Swedish always; the other languages for a share of the items, where the model has them.
INSERT INTO sportotek_item_texts (item_id, lang, name, description, based_on)
SELECT 100000 + n.i, t.lang, t.name || ' – ' || w.model || ' ' || ((n.i - 1) / 25 + 1),
    CASE t.lang WHEN 'sv' THEN sv.description || ' ' ELSE '' END || w.description, 1
FROM n JOIN base ON base.b = (n.i - 1) % 25 + 1
JOIN sportotek_item_texts t ON t.item_id = base.item_id
JOIN sportotek_item_texts sv ON sv.item_id = base.item_id AND sv.lang = 'sv'
JOIN words w ON w.lang = t.lang
WHERE n.i <= 1000 AND (n.i * 37 + length(t.lang)) % 100 < w.share;
INSERT INTO sportotek_sizes (id, item_id, label, kind, age_from, age_to, position)
SELECT 1000000 + 10 * n.i + s.j, 100000 + n.i, s.label, s.kind, s.age_from, s.age_to, s.j
FROM n JOIN base ON base.b = (n.i - 1) % 25 + 1 JOIN sizeset s ON s.kind = base.kind WHERE n.i <= 1000;
-- 1–3 copies a size; one in 50 damaged, one in 100 lost.
INSERT INTO sportotek_copies (id, municipality_id, size_id, inventory_number, condition, updated_at)
SELECT 10000000 + 100 * (s.id / 10 - 100000) + 10 * (s.id % 10) + c.i, vars.m, s.id,
    printf('SK-%04d-%d-%d', s.id / 10 - 100000, s.id % 10, c.i),
    CASE (s.id * 7 + c.i * 13) % 100 WHEN 0 THEN 'damaged' WHEN 50 THEN 'damaged' WHEN 1 THEN 'lost' ELSE 'fine' END,
    strftime('%s', 'now')
FROM sportotek_sizes s JOIN n c ON c.i <= 1 + s.id % 3, vars WHERE s.id >= 1000000;
-- Three widths of each photo, as large as JPEGs of equipment on white usually are.
INSERT INTO sportotek_photos (id, width, bytes)
SELECT photo_id, w.width, randomblob(w.bytes)
FROM sportotek_items, (SELECT 160 AS width, 7000 AS bytes UNION ALL SELECT 320, 19000 UNION ALL SELECT 640, 56000) w
WHERE id > 100000 AND photo_id IS NOT NULL;

-- The copies in service, item by item in a shuffled order of items: the first items are
-- the popular ones. A past loan takes copy 1 + (u1 × u2) × count with u1, u2 uniform, so
-- the first copies are lent often and the last seldom or never.
CREATE TEMP TABLE pool (rn INTEGER PRIMARY KEY, copy_id INTEGER, size_id INTEGER);
INSERT INTO pool (copy_id, size_id)
SELECT id, size_id FROM sportotek_copies WHERE id >= 10000000 AND condition = 'fine' ORDER BY id / 100 * 2654435761 % 1000003, id;
CREATE TEMP TABLE draw AS
SELECT i, 1 + (i * 2654435761 % 4294967296 % 10007) * ((i + 77777) * 2246822519 % 4294967291 % 10007)
    * (SELECT COUNT(*) FROM pool) / 10007 / 10007 AS rn, i * 3266489917 % 4294967291 AS h
FROM n;
-- Days from 400 before to 60 after today; the pickup days are Tuesday, Thursday and Saturday
-- outside the closed days, and next is the first pickup day from that day on.
CREATE TEMP TABLE days (o INTEGER PRIMARY KEY, d TEXT, open INTEGER, next INTEGER);
INSERT INTO days (o, d, open)
SELECT n.i - 401, date(vars.today, (n.i - 401) || ' days'), 0 FROM n, vars WHERE n.i <= 461;
UPDATE days SET open = strftime('%w', d) IN ('2', '4', '6')
    AND d NOT IN (SELECT day FROM sportotek_closed_days) AND substr(d, 6) NOT IN ('12-24', '12-25', '12-26', '12-31', '01-01', '01-06');
UPDATE days SET next = (SELECT MIN(o2.o) FROM days o2 WHERE o2.o >= days.o AND o2.open);
CREATE TEMP TABLE past AS SELECT ROW_NUMBER() OVER (ORDER BY o) AS r, o FROM days WHERE open AND o BETWEEN -365 AND -16;
CREATE TEMP TABLE people (k INTEGER PRIMARY KEY, name TEXT, lang TEXT);
INSERT INTO people VALUES (0, 'Leila', 'ar'), (1, 'Dawit', 'sv'), (2, 'Maryam', 'prs'), (3, 'Olena', 'uk'), (4, 'Ahmad', 'ar'),
    (5, 'Sara', 'sv'), (6, 'Ivan', 'uk'), (7, 'Amina', 'en'), (8, 'Hassan', 'prs'), (9, 'Elin', NULL);

-- A year: 21,600 loans on past pickup days, 1 in 27 cancelled and 1 in 27 lapsed, the
-- rest (20,000) returned after 2–15 days. Names and contacts are blanked after 30 days.
CREATE TEMP TABLE hist AS
SELECT d.i, p.copy_id, p.size_id, days.d AS pickup, date(days.d, '+13 days') AS due,
    CASE d.i % 27 WHEN 0 THEN 'cancelled' WHEN 1 THEN 'lapsed' ELSE 'returned' END AS state,
    CASE d.i % 27 WHEN 0 THEN date(days.d, '-2 days') WHEN 1 THEN days.d ELSE date(days.d, '+' || (2 + d.h % 14) || ' days') END AS ended,
    d.h % 6000 AS borrower
FROM draw d JOIN pool p ON p.rn = d.rn
JOIN past ON past.r = 1 + d.h % (SELECT COUNT(*) FROM past) JOIN days ON days.o = past.o;
INSERT INTO sportotek_loans (municipality_id, size_id, copy_id, code, state, pickup_day, due_day, lent_on, ended_on,
    first_name, contact, borrower_key, lang, idempotency_key, walk_in, return_condition, created_at)
SELECT vars.m, h.size_id, CASE WHEN h.state = 'returned' THEN h.copy_id END, printf('Z%09d', h.i), h.state, h.pickup, h.due,
    CASE WHEN h.state = 'returned' THEN h.pickup END, h.ended,
    CASE WHEN h.ended >= date(vars.today, '-30 days') THEN pe.name ELSE '' END,
    CASE WHEN h.ended >= date(vars.today, '-30 days') THEN printf('070-%03d %02d %02d', h.borrower / 100, h.borrower % 100, h.i % 100) ELSE '' END,
    printf('%08x%08x', h.borrower * 2654435761 % 4294967296, h.borrower * 40503 % 4294967296), pe.lang,
    'bench-past-' || h.i, h.i % 3 = 0 AND h.state = 'returned',
    CASE WHEN h.state = 'returned' THEN CASE WHEN h.i % 97 = 0 THEN 'damaged' ELSE 'fine' END END,
    strftime('%s', h.pickup) - 86400 * (h.i % 10)
FROM hist h JOIN people pe ON pe.k = h.borrower % 10, vars;

-- Today: a copy is lent with a chance that falls with its item's popularity (90 % in the
-- first 1 % of the pool, 40 % in the next 4 %, 10 % in the next 15 %, 5 % in the rest), so
-- the popular items are out in every size; 1 in 15 of the loans late (lent 15–35 days ago).
CREATE TEMP TABLE tier AS
SELECT rn, copy_id, size_id, rn * 2654435761 % 4294967296 AS h,
    CASE WHEN rn * 100 <= total THEN 0 WHEN rn * 20 <= total THEN 1 WHEN rn * 5 <= total THEN 2 ELSE 3 END AS t
FROM pool, (SELECT COUNT(*) AS total FROM pool);
CREATE TEMP TABLE lent AS
SELECT rn AS i, copy_id, size_id, days.d AS lent_on, date(days.d, '+13 days') AS due, h % 6000 AS borrower
FROM tier JOIN days ON days.o = (SELECT next FROM days
    WHERE o = CASE WHEN h / 1000 % 15 = 0 THEN -35 + h / 1000 % 18 ELSE -13 + h / 1000 % 12 END)
WHERE h % 1000 < CASE t WHEN 0 THEN 900 WHEN 1 THEN 400 WHEN 2 THEN 100 ELSE 50 END;
-- ... and reservations for the coming weeks, with chances 80, 40, 10 and 3 %: from the
-- next pickup day after a lent copy comes back, or on one in the coming two weeks for a
-- copy at home; half of them followed by a second reservation once the first is back.
CREATE TEMP TABLE booked AS
SELECT tier.rn AS i, tier.copy_id, tier.size_id, tier.h / 7 % 6000 AS borrower,
    COALESCE((SELECT next FROM days WHERE d = date(lent.due, '+1 day')),
        (SELECT next FROM days WHERE o = tier.h / 13 % 15)) AS o,
    COALESCE(lent.due < vars.today, 0) AS late
FROM tier LEFT JOIN lent ON lent.copy_id = tier.copy_id, vars
WHERE tier.h / 1000000 % 1000 < CASE t WHEN 0 THEN 800 WHEN 1 THEN 400 WHEN 2 THEN 100 ELSE 30 END;
INSERT INTO booked SELECT i + 100000, copy_id, size_id, (borrower + 17) % 6000, (SELECT next FROM days WHERE o = b.o + 14), 0
FROM booked b WHERE i % 2 = 0 AND NOT late;
DELETE FROM booked WHERE late OR o IS NULL OR o > 28;
INSERT INTO sportotek_loans (municipality_id, size_id, copy_id, code, state, pickup_day, due_day, lent_on,
    reminded_on, first_name, contact, borrower_key, lang, idempotency_key, walk_in, created_at)
SELECT vars.m, l.size_id, l.copy_id, printf('Y%09d', l.i), 'lent', l.lent_on, l.due, l.lent_on,
    CASE WHEN l.due < vars.today THEN date(l.due, '+2 days') END, pe.name,
    printf('070-%03d %02d %02d', l.borrower / 100, l.borrower % 100, l.i % 100),
    printf('%08x%08x', l.borrower * 2654435761 % 4294967296, l.borrower * 40503 % 4294967296), pe.lang,
    'bench-lent-' || l.i, l.i % 3 = 0, strftime('%s', l.lent_on)
FROM lent l JOIN people pe ON pe.k = l.borrower % 10, vars;
INSERT INTO sportotek_loans (municipality_id, size_id, code, state, pickup_day, due_day,
    first_name, contact, borrower_key, lang, idempotency_key, created_at)
SELECT vars.m, b.size_id, printf('X%09d', b.i), 'reserved', days.d, date(days.d, '+13 days'), pe.name,
    printf('070-%03d %02d %02d', b.borrower / 100, b.borrower % 100, b.i % 100),
    printf('%08x%08x', b.borrower * 2654435761 % 4294967296, b.borrower * 40503 % 4294967296), pe.lang,
    'bench-booked-' || b.i, strftime('%s', 'now') - 3600 * (b.i % 200)
FROM booked b JOIN days ON days.o = b.o JOIN people pe ON pe.k = b.borrower % 10, vars;
PRAGMA wal_checkpoint(TRUNCATE);
SQL

q() { sqlite3 "$data/valkommen.db" "$1"; }
echo "items $(q 'SELECT COUNT(*) FROM sportotek_items'), sizes $(q 'SELECT COUNT(*) FROM sportotek_sizes'),\
 copies $(q 'SELECT COUNT(*) FROM sportotek_copies') ($(q "SELECT COUNT(*) FROM sportotek_copies WHERE condition = 'fine'") in service),\
 texts $(q "SELECT group_concat(lang || ' ' || k, ', ') FROM (SELECT lang, COUNT(*) AS k FROM sportotek_item_texts GROUP BY lang ORDER BY k DESC)")"
echo "loans by state: $(q "SELECT group_concat(state || ' ' || k, ', ') FROM (SELECT state, COUNT(*) AS k FROM sportotek_loans GROUP BY state ORDER BY k DESC)")\
 ($(q "SELECT COUNT(*) FROM sportotek_loans WHERE state = 'lent' AND due_day < '$today'") late), today $today"
echo "sizes with no copy free today: $(q "SELECT COUNT(*) FROM (SELECT s.id FROM sportotek_sizes s
  WHERE (SELECT COUNT(*) FROM sportotek_copies c WHERE c.size_id = s.id AND c.condition = 'fine')
     <= (SELECT COUNT(*) FROM sportotek_loans l WHERE l.size_id = s.id AND l.state IN ('reserved', 'lent')
         AND COALESCE(l.lent_on, l.pickup_day) <= '$today' AND (l.state = 'lent' OR l.due_day >= '$today')))")"
printf 'database: %s MB (%s MB of it photos)\n' \
  "$(du -b "$data/valkommen.db" | awk '{ printf "%.1f", $1 / 1e6 }')" \
  "$(q 'SELECT printf("%.1f", SUM(length(bytes)) / 1e6) FROM sportotek_photos')"

measure() {
  local name=$1 url=$2
  for _ in $(seq "$n"); do curl -s -o /dev/null -H 'accept-encoding: br' -w '%{time_total}\n' "$url"; done \
    | sort -n | awk -v name="$name" '{ t[NR] = $1 * 1000 } END { printf "%-44s median %6.1f ms   p95 %6.1f ms   (n=%d)\n", name, t[int(NR/2)], t[int(NR*0.95)], NR }'
}
bytes() {
  printf '%-44s %s\n' "  answer, bytes (brotli / raw)" \
    "$(curl -s -o /dev/null -H 'accept-encoding: br' -w '%{size_download}' "$1") / $(curl -s -o /dev/null -w '%{size_download}' "$1")"
}
catalogue() { measure "$1" "$2"; bytes "$2"; }
catalogue "catalogue, everything (ar)" "$m/sportotek?lang=ar"
catalogue "catalogue, skates (ar)" "$m/sportotek?lang=ar&category=skates"
catalogue "catalogue, fits a 9-year-old (ar)" "$m/sportotek?lang=ar&age=9"
catalogue "catalogue, size 34 (uk)" "$m/sportotek?lang=uk&size=34"
# Item pages: the item with the most open loans, one with none, one without an Arabic
# text (its Swedish one is shown), and a demo item.
busy=$(q "SELECT s.item_id FROM sportotek_loans l JOIN sportotek_sizes s ON s.id = l.size_id
  WHERE l.state IN ('reserved', 'lent') GROUP BY s.item_id ORDER BY COUNT(*) DESC, s.item_id LIMIT 1")
quiet=$(q "SELECT id FROM sportotek_items WHERE id > 100000 AND id NOT IN (SELECT s.item_id FROM sportotek_loans l
  JOIN sportotek_sizes s ON s.id = l.size_id WHERE l.state IN ('reserved', 'lent')) ORDER BY id LIMIT 1")
swedish=$(q "SELECT id FROM sportotek_items WHERE id > 100500
  AND id NOT IN (SELECT item_id FROM sportotek_item_texts WHERE lang = 'ar') ORDER BY id LIMIT 1")
measure "item $busy, most open loans (ar)" "$m/sportotek/items/$busy?lang=ar"
bytes "$m/sportotek/items/$busy?lang=ar"
measure "item $quiet, no open loans (ar)" "$m/sportotek/items/$quiet?lang=ar"
measure "item $swedish, no Arabic text (ar)" "$m/sportotek/items/$swedish?lang=ar"
measure "item 1, demo hockey skates (ar)" "$m/sportotek/items/1?lang=ar"
