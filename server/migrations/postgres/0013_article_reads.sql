-- How often articles are opened, per municipality (the reader's, also for the region's
-- shared articles), day and the reader's language: counts for the region's figures
-- (issue 18), no person and no article. Counted in memory and added here every few
-- seconds (server/src/demand.rs), like guide_demand.
CREATE TABLE article_reads (
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    day TEXT NOT NULL,
    lang TEXT NOT NULL,
    reads BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, day, lang)
);
CREATE INDEX article_reads_day ON article_reads (day);
