-- The Sportotek (issue 12): items with sizes and copies, loans from reservation to
-- return, the staff's settings, photos re-encoded by the server, the lookups made by
-- code, and the equipment an activity needs. Days are `YYYY-MM-DD` text, as elsewhere.
-- A borrower's first name and contact are blanked `keep_personal_days` after the loan
-- ends; the keyed hash that counts unique borrowers stays.

CREATE TABLE sportotek_settings (
    municipality_id BIGINT PRIMARY KEY REFERENCES municipalities(id),
    place_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    -- model::sportotek::OpeningHours as JSON: read in Rust, never in SQL.
    hours TEXT NOT NULL DEFAULT '[]',
    max_items_per_borrower BIGINT NOT NULL DEFAULT 3,
    reserve_ahead_days BIGINT NOT NULL DEFAULT 28,
    loan_days BIGINT NOT NULL DEFAULT 14,
    grace_days BIGINT NOT NULL DEFAULT 0,
    keep_personal_days BIGINT NOT NULL DEFAULT 30,
    -- The key of the borrowers' hashes, random per municipality.
    borrower_salt TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE sportotek_closed_days (
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    day TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (municipality_id, day)
);

-- Each width of a photo, as JPEG; `id` is a short hash of the uploaded file.
CREATE TABLE sportotek_photos (
    id TEXT NOT NULL,
    width BIGINT NOT NULL,
    bytes BYTEA NOT NULL,
    PRIMARY KEY (id, width)
);

CREATE TABLE sportotek_items (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    category TEXT NOT NULL,
    photo_id TEXT,
    -- Bumped when the Swedish text changes: a translation written from an older
    -- revision is outdated.
    source_revision BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    demo BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX sportotek_items_municipality ON sportotek_items (municipality_id);

CREATE TABLE sportotek_item_texts (
    item_id BIGINT NOT NULL REFERENCES sportotek_items(id),
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    based_on BIGINT NOT NULL,
    PRIMARY KEY (item_id, lang)
);

CREATE TABLE sportotek_sizes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES sportotek_items(id),
    label TEXT NOT NULL,
    kind TEXT NOT NULL,
    age_from BIGINT,
    age_to BIGINT,
    position BIGINT NOT NULL
);
CREATE INDEX sportotek_sizes_item ON sportotek_sizes (item_id);

CREATE TABLE sportotek_copies (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    size_id BIGINT NOT NULL REFERENCES sportotek_sizes(id),
    inventory_number TEXT NOT NULL,
    -- fine, damaged (out of service until repaired) or lost (out of stock, still counted).
    condition TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX sportotek_copies_inventory ON sportotek_copies (municipality_id, inventory_number);
CREATE INDEX sportotek_copies_size ON sportotek_copies (size_id);

CREATE TABLE sportotek_loans (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    size_id BIGINT NOT NULL REFERENCES sportotek_sizes(id),
    copy_id BIGINT REFERENCES sportotek_copies(id),
    -- Crockford base32 without dashes (model::voucher::LoanCode).
    code TEXT NOT NULL,
    -- reserved, lent, returned, cancelled or lapsed.
    state TEXT NOT NULL,
    pickup_day TEXT NOT NULL,
    due_day TEXT NOT NULL,
    lent_on TEXT,
    ended_on TEXT,
    reminded_on TEXT,
    first_name TEXT NOT NULL,
    contact TEXT NOT NULL,
    -- A hash of the normalised contact keyed per municipality: the per-borrower limit
    -- and the unique borrowers in statistics, without names.
    borrower_key TEXT NOT NULL,
    lang TEXT,
    -- Made up by the client once per reservation: a retry finds the first loan.
    idempotency_key TEXT NOT NULL,
    walk_in BIGINT NOT NULL DEFAULT 0,
    return_condition TEXT,
    return_note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    demo BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sportotek_loans_code ON sportotek_loans (code);
CREATE UNIQUE INDEX sportotek_loans_idempotency ON sportotek_loans (municipality_id, idempotency_key);
CREATE INDEX sportotek_loans_size ON sportotek_loans (size_id, state);
CREATE INDEX sportotek_loans_state ON sportotek_loans (municipality_id, state);

CREATE TABLE sportotek_lookups (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    loan_id BIGINT REFERENCES sportotek_loans(id),
    -- Who asked: a keyed hash of the address, never the address or the code.
    client TEXT NOT NULL,
    found BIGINT NOT NULL
);
CREATE INDEX sportotek_lookups_at ON sportotek_lookups (at);

-- The Sportotek items an activity needs, in the order its page lists them.
CREATE TABLE activity_equipment (
    activity_id BIGINT NOT NULL REFERENCES activities(id),
    item_id BIGINT NOT NULL REFERENCES sportotek_items(id),
    position BIGINT NOT NULL,
    PRIMARY KEY (activity_id, item_id)
);
