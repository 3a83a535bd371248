-- Local orientation: municipalities, topics, articles and one version per language.
CREATE TABLE municipalities (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    slug TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (municipality_id, slug)
);

CREATE TABLE topic_names (
    topic_id INTEGER NOT NULL REFERENCES topics(id),
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (topic_id, lang)
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    topic_id INTEGER NOT NULL REFERENCES topics(id),
    slug TEXT NOT NULL,
    position INTEGER NOT NULL,
    published INTEGER NOT NULL DEFAULT 1,
    demo INTEGER NOT NULL DEFAULT 0,
    -- Bumped whenever the Swedish text changes; translations record the one they follow.
    source_revision INTEGER NOT NULL DEFAULT 1,
    UNIQUE (municipality_id, slug)
);

CREATE TABLE article_versions (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    body_text TEXT NOT NULL,
    based_on_revision INTEGER NOT NULL,
    reviewed_at INTEGER,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, lang)
);

-- Anonymous answers to "Was this helpful?": counts only.
CREATE TABLE article_feedback (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    lang TEXT NOT NULL,
    helpful INTEGER NOT NULL DEFAULT 0,
    not_helpful INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, lang)
);
