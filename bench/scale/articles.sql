-- The demo's articles copied in every language, each with a slug of its own, until
-- there are 200. For a SQLite database with the demo; used by bench/api.sh.
WITH RECURSIVE copy(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM copy WHERE k < 12)
INSERT INTO articles (id, municipality_id, topic_id, slug, position, published, demo, source_revision)
SELECT a.id + 100000 * k, municipality_id, topic_id, a.slug || '-' || k, position + 100 * k, published, demo, source_revision
FROM articles a, copy WHERE a.id < 100000;
INSERT INTO article_versions (article_id, lang, title, summary, body_md, body_html, body_text, based_on_revision,
    reviewed_at, updated_at)
SELECT v.article_id + 100000 * k, lang, title, summary, body_md, body_html, body_text, based_on_revision,
    reviewed_at, updated_at
FROM article_versions v, (WITH RECURSIVE copy(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM copy WHERE k < 12) SELECT k FROM copy)
WHERE v.article_id < 100000;
DELETE FROM article_versions WHERE article_id IN (SELECT id FROM articles ORDER BY id LIMIT -1 OFFSET 200);
DELETE FROM articles WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT -1 OFFSET 200);
