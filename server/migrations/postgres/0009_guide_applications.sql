-- Volunteers' applications to become a refugee guide (issue 13, docs/guides.md). A
-- coordinator approves or rejects; an approval offers the e-mail the guide role through
-- a one-time link. Decided applications are deleted by the sweeper after 90 days.

CREATE TABLE guide_applications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    first_name TEXT NOT NULL,
    -- Lowercase, as model::auth::Email reads it.
    email TEXT NOT NULL,
    -- Codes of model::activities::SPOKEN_LANGUAGES and model::guides::Topic, comma-separated.
    languages TEXT NOT NULL,
    topics TEXT NOT NULL,
    motivation TEXT NOT NULL,
    lang TEXT,
    -- pending, approved or rejected.
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);
CREATE INDEX guide_applications_municipality ON guide_applications (municipality_id, state);
-- One application waiting per address and municipality.
CREATE UNIQUE INDEX guide_applications_pending ON guide_applications (municipality_id, email)
    WHERE state = 'pending';
