# The demo multiplied, for the benches. Source it (. bench/scale-demo.sh), then on the
# SQLite database DB of a server that seeded the demo:
#   copy_activities DB K       K copies of every demo activity, with its texts
#   copy_articles DB K         K copies of every article in every language
#   copy_sportotek_items DB K  K copies of every Sportotek item, its texts, sizes and copies
#   scale_demo DB TIMES        all three, so that there are TIMES of each
#   read_bench_data DB         2,000 activities and 200 articles: bench/api.sh's and
#                              bench/pages.sh's data
# Copy k of a row gets the id 100000 × k + the original's, and a slug or inventory
# number of its own; activities move a little on the map.

# Runs SQL on DB with a table `copy` of k = 1 … K.
with_copies() {
  sqlite3 -cmd ".timeout 10000" "$1" "CREATE TEMP TABLE copy AS WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM c WHERE k < $2)
    SELECT k FROM c WHERE k <= $2; $3"
}

copy_activities() {
  with_copies "$1" "$2" "
INSERT INTO activities (id, municipality_id, association_id, category, min_age, max_age, gender, schedule, place,
    lat, lon, cost_ore, voucher_accepted, trial_sessions, leader_languages, status, updated_at, demo)
SELECT a.id + 100000 * k, municipality_id, association_id, category, min_age, max_age, gender, schedule, place,
    lat + (k % 7) * 0.003, lon + (k % 5) * 0.004, cost_ore, voucher_accepted, trial_sessions, leader_languages,
    status, updated_at, demo
FROM activities a, copy WHERE a.id < 100000;
INSERT INTO activity_texts (activity_id, lang, title, description, accessibility, equipment)
SELECT t.activity_id + 100000 * k, lang, title, description, accessibility, equipment
FROM activity_texts t, copy WHERE t.activity_id < 100000;"
}

copy_articles() {
  with_copies "$1" "$2" "
INSERT INTO articles (id, municipality_id, topic_id, slug, position, published, demo, source_revision)
SELECT a.id + 100000 * k, municipality_id, topic_id, a.slug || '-' || k, position + 100 * k, published, demo, source_revision
FROM articles a, copy WHERE a.id < 100000;
INSERT INTO article_versions (article_id, lang, title, summary, body_md, body_html, body_text, based_on_revision,
    reviewed_at, updated_at)
SELECT v.article_id + 100000 * k, lang, title, summary, body_md, body_html, body_text, based_on_revision,
    reviewed_at, updated_at
FROM article_versions v, copy WHERE v.article_id < 100000;
INSERT INTO article_search (article_id, lang, folded)
SELECT s.article_id + 100000 * k, lang, folded FROM article_search s, copy WHERE s.article_id < 100000;"
}

copy_sportotek_items() {
  with_copies "$1" "$2" "
INSERT INTO sportotek_items (id, municipality_id, category, photo_id, source_revision, updated_at, demo)
SELECT i.id + 100000 * k, municipality_id, category, photo_id, source_revision, updated_at, demo
FROM sportotek_items i, copy WHERE i.id < 100000;
INSERT INTO sportotek_item_texts (item_id, lang, name, description, based_on)
SELECT t.item_id + 100000 * k, lang, name, description, based_on FROM sportotek_item_texts t, copy WHERE t.item_id < 100000;
INSERT INTO sportotek_sizes (id, item_id, label, kind, age_from, age_to, position)
SELECT s.id + 100000 * k, item_id + 100000 * k, label, kind, age_from, age_to, position
FROM sportotek_sizes s, copy WHERE s.id < 100000;
INSERT INTO sportotek_copies (id, municipality_id, size_id, inventory_number, condition, note, updated_at)
SELECT c.id + 100000 * k, municipality_id, size_id + 100000 * k, inventory_number || '-' || k, condition, note, updated_at
FROM sportotek_copies c, copy WHERE c.id < 100000;"
}

scale_demo() {
  copy_activities "$1" $(($2 - 1))
  copy_articles "$1" $(($2 - 1))
  copy_sportotek_items "$1" $(($2 - 1))
  # A running server's read cache notices changes by this version (migration 0010).
  sqlite3 -cmd ".timeout 10000" "$1" "UPDATE content_version SET version = version + 1"
}

read_bench_data() {
  copy_activities "$1" 50
  copy_articles "$1" 12
  sqlite3 -cmd ".timeout 10000" "$1" <<'SQL'
DELETE FROM activity_texts WHERE activity_id IN (SELECT id FROM activities ORDER BY id LIMIT -1 OFFSET 2000);
DELETE FROM activities WHERE id IN (SELECT id FROM activities ORDER BY id LIMIT -1 OFFSET 2000);
DELETE FROM article_search WHERE article_id IN (SELECT id FROM articles ORDER BY id LIMIT -1 OFFSET 200);
DELETE FROM article_versions WHERE article_id IN (SELECT id FROM articles ORDER BY id LIMIT -1 OFFSET 200);
DELETE FROM articles WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT -1 OFFSET 200);
SQL
}
