-- Search in the database (issue 16). Each article version's title, summary and text,
-- folded as search folds a query (model::text::fold: lower case, no accents or vowel
-- marks, words apart by one space), one field a line. Each server used to fold them
-- into its own memory, per municipality and language, after every content change; on
-- the demo × 100 the articles' texts are 16 MB in five languages. A query now finds its
-- articles here (server/src/store/orientation.rs, `search`) and scores only those in
-- Rust.
--
-- Folding is Rust's, not SQL's, so the server writes these rows with each version and
-- fills in those missing when it starts (the versions of an upgraded database).
CREATE TABLE article_search (
    article_id INTEGER NOT NULL,
    lang TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (article_id, lang),
    FOREIGN KEY (article_id, lang) REFERENCES article_versions (article_id, lang) ON DELETE CASCADE
);
CREATE TRIGGER article_search_insert_content_changed AFTER INSERT ON article_search
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_search_update_content_changed AFTER UPDATE ON article_search
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_search_delete_content_changed AFTER DELETE ON article_search
    BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
