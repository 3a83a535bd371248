-- Clubs and activities: associations, the accounts that act for them, and activities
-- (an association's or the municipality's own). Free text is kept per language.

-- This year's fritidscheck, which the finder measures "covered" against.
ALTER TABLE municipalities ADD COLUMN voucher_amount_ore INTEGER NOT NULL DEFAULT 50000;

CREATE TABLE associations (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
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
    lat REAL,
    lon REAL,
    accepts_voucher INTEGER NOT NULL DEFAULT 0,
    applied_at INTEGER NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX associations_slug ON associations (municipality_id, slug);
CREATE UNIQUE INDEX associations_org_number ON associations (municipality_id, org_number);

CREATE TABLE association_texts (
    association_id INTEGER NOT NULL REFERENCES associations(id),
    lang TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (association_id, lang)
);

CREATE TABLE association_accounts (
    association_id INTEGER NOT NULL REFERENCES associations(id),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    PRIMARY KEY (association_id, account_id)
);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    -- NULL: the municipality's own offer (summer camp, swimming lessons, SFI).
    association_id INTEGER REFERENCES associations(id),
    category TEXT NOT NULL,
    min_age INTEGER NOT NULL,
    max_age INTEGER NOT NULL,
    gender TEXT NOT NULL,
    -- model::schedule::Schedule as JSON: the finder reads it in Rust, never in SQL.
    schedule TEXT NOT NULL,
    place TEXT NOT NULL,
    lat REAL,
    lon REAL,
    cost_ore INTEGER NOT NULL,
    voucher_accepted INTEGER NOT NULL,
    trial_sessions INTEGER NOT NULL,
    -- Language codes, comma-separated.
    leader_languages TEXT NOT NULL,
    status TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activities_municipality ON activities (municipality_id);
CREATE INDEX activities_association ON activities (association_id);

CREATE TABLE activity_texts (
    activity_id INTEGER NOT NULL REFERENCES activities(id),
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    accessibility TEXT NOT NULL,
    equipment TEXT NOT NULL,
    PRIMARY KEY (activity_id, lang)
);
