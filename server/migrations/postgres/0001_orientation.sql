-- Local orientation: municipalities, topics, articles and one version per language.
CREATE TABLE municipalities (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE topics (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    slug TEXT NOT NULL,
    position BIGINT NOT NULL,
    UNIQUE (municipality_id, slug)
);

CREATE TABLE topic_names (
    topic_id BIGINT NOT NULL REFERENCES topics(id),
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (topic_id, lang)
);

CREATE TABLE articles (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    topic_id BIGINT NOT NULL REFERENCES topics(id),
    slug TEXT NOT NULL,
    position BIGINT NOT NULL,
    published BIGINT NOT NULL DEFAULT 1,
    demo BIGINT NOT NULL DEFAULT 0,
    -- Bumped whenever the Swedish text changes; translations record the one they follow.
    source_revision BIGINT NOT NULL DEFAULT 1,
    UNIQUE (municipality_id, slug)
);

CREATE TABLE article_versions (
    article_id BIGINT NOT NULL REFERENCES articles(id),
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    body_text TEXT NOT NULL,
    based_on_revision BIGINT NOT NULL,
    reviewed_at BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (article_id, lang)
);

-- Anonymous answers to "Was this helpful?": counts only.
CREATE TABLE article_feedback (
    article_id BIGINT NOT NULL REFERENCES articles(id),
    lang TEXT NOT NULL,
    helpful BIGINT NOT NULL DEFAULT 0,
    not_helpful BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, lang)
);
