-- Clubs and activities: associations, the accounts that act for them, and activities
-- (an association's or the municipality's own). Free text is kept per language.

-- This year's fritidscheck, which the finder measures "covered" against.
ALTER TABLE municipalities ADD COLUMN voucher_amount_ore BIGINT NOT NULL DEFAULT 50000;

CREATE TABLE associations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    org_number TEXT NOT NULL,
    -- pending, approved or rejected: only approved associations are shown.
    state TEXT NOT NULL,
    -- Category codes, comma-separated.
    categories TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    accepts_voucher BIGINT NOT NULL DEFAULT 0,
    applied_at BIGINT NOT NULL,
    demo BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX associations_slug ON associations (municipality_id, slug);
CREATE UNIQUE INDEX associations_org_number ON associations (municipality_id, org_number);

CREATE TABLE association_texts (
    association_id BIGINT NOT NULL REFERENCES associations(id),
    lang TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (association_id, lang)
);

CREATE TABLE association_accounts (
    association_id BIGINT NOT NULL REFERENCES associations(id),
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    PRIMARY KEY (association_id, account_id)
);

CREATE TABLE activities (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    -- NULL: the municipality's own offer (summer camp, swimming lessons, SFI).
    association_id BIGINT REFERENCES associations(id),
    category TEXT NOT NULL,
    min_age BIGINT NOT NULL,
    max_age BIGINT NOT NULL,
    gender TEXT NOT NULL,
    -- model::schedule::Schedule as JSON: the finder reads it in Rust, never in SQL.
    schedule TEXT NOT NULL,
    place TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    cost_ore BIGINT NOT NULL,
    voucher_accepted BIGINT NOT NULL,
    trial_sessions BIGINT NOT NULL,
    -- Language codes, comma-separated.
    leader_languages TEXT NOT NULL,
    status TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    demo BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX activities_municipality ON activities (municipality_id);
CREATE INDEX activities_association ON activities (association_id);

CREATE TABLE activity_texts (
    activity_id BIGINT NOT NULL REFERENCES activities(id),
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    accessibility TEXT NOT NULL,
    equipment TEXT NOT NULL,
    PRIMARY KEY (activity_id, lang)
);
