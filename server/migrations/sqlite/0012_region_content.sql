-- Region-wide orientation content (issue 18). What is the same across the region (the
-- Migration Agency, 1177, the county's reception programme) is written and translated
-- once. It belongs to a municipalities row of its own, `shared = 1`: not a place that
-- newcomers choose, but the owner of the articles and topics that every municipality of
-- the installation shows beside its own. The editor, translation status, "outdated"
-- marking and audit then work for them as for local ones, and only a region-wide admin
-- holds a role there. A municipality hides a shared article from its readers with a row
-- in shared_articles_hidden, and replaces it by publishing an article of its own under
-- the same slug; the original is untouched either way.
ALTER TABLE municipalities ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
INSERT INTO municipalities (slug, name, shared, created_at) VALUES ('region', 'Region', 1, 0);

CREATE TABLE shared_articles_hidden (
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    hidden_at INTEGER NOT NULL,
    PRIMARY KEY (municipality_id, article_id)
);
CREATE TRIGGER shared_articles_hidden_insert_content_changed AFTER INSERT ON shared_articles_hidden
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER shared_articles_hidden_update_content_changed AFTER UPDATE ON shared_articles_hidden
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER shared_articles_hidden_delete_content_changed AFTER DELETE ON shared_articles_hidden
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
