-- What newcomers ask the guides for (issue 13, docs/guides.md, "uncovered demand"): one
-- counter per municipality, day, spoken language and topic, added to by every search
-- of the public guide list. No address, no person: a count. Rows older than a year are
-- swept. A search without a topic is counted under the topic '' (a key column cannot
-- be NULL on PostgreSQL, and one spelling keeps the upsert the same on both).

CREATE TABLE guide_demand (
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    day TEXT NOT NULL,
    language TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    asked INTEGER NOT NULL,
    PRIMARY KEY (municipality_id, day, language, topic)
);
CREATE INDEX guide_demand_day ON guide_demand (day);
