-- Refugee guides (issue 13, docs/guides.md): a guide's profile and texts, the times
-- they offer, the days they block, the newcomers' bookings and the lookups made by code.
-- Days are `YYYY-MM-DD` text and clock times minutes after midnight, local Swedish time.

CREATE TABLE guides (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    first_name TEXT NOT NULL,
    -- Codes of model::activities::SPOKEN_LANGUAGES and model::guides::Topic, comma-separated.
    languages TEXT NOT NULL,
    topics TEXT NOT NULL,
    per_week INTEGER NOT NULL,
    -- pending, approved or rejected; approved when written until coordinators approve.
    state TEXT NOT NULL,
    photo_id TEXT,
    calendar_secret_hash TEXT,
    demo INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX guides_account ON guides (account_id);
CREATE INDEX guides_municipality ON guides (municipality_id, state);

CREATE TABLE guide_texts (
    guide_id INTEGER NOT NULL REFERENCES guides(id),
    lang TEXT NOT NULL,
    about TEXT NOT NULL,
    PRIMARY KEY (guide_id, lang)
);

-- A slot is never deleted while bookings name it: `deleted_at` hides it from new ones.
CREATE TABLE guide_slots (
    id INTEGER PRIMARY KEY,
    guide_id INTEGER NOT NULL REFERENCES guides(id),
    -- once (day) or weekly (weekday 0 = Monday, from_day, until_day).
    repeat_kind TEXT NOT NULL,
    day TEXT,
    weekday INTEGER,
    from_day TEXT,
    until_day TEXT,
    start_min INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    meeting TEXT NOT NULL,
    place TEXT NOT NULL,
    topics TEXT NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX guide_slots_guide ON guide_slots (guide_id);

CREATE TABLE guide_blocked_days (
    guide_id INTEGER NOT NULL REFERENCES guides(id),
    day TEXT NOT NULL,
    PRIMARY KEY (guide_id, day)
);

CREATE TABLE guide_bookings (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    guide_id INTEGER NOT NULL REFERENCES guides(id),
    slot_id INTEGER NOT NULL REFERENCES guide_slots(id),
    day TEXT NOT NULL,
    start_min INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    topic TEXT NOT NULL,
    -- Crockford base32 without dashes (model::guides::BookingCode).
    code TEXT NOT NULL,
    -- waiting, confirmed, cancelled-by-guide, cancelled-by-newcomer or past.
    state TEXT NOT NULL,
    first_name TEXT NOT NULL,
    contact TEXT NOT NULL,
    -- The contact as model::sportotek::normalised_contact reads it: open bookings per person.
    contact_norm TEXT NOT NULL,
    lang TEXT,
    note TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT,
    cancel_note TEXT NOT NULL DEFAULT '',
    -- Made up by the client once per booking: a retry finds the first one.
    idempotency_key TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    decided_at INTEGER,
    blanked_at INTEGER
);
CREATE UNIQUE INDEX guide_bookings_code ON guide_bookings (code);
CREATE UNIQUE INDEX guide_bookings_idempotency ON guide_bookings (municipality_id, idempotency_key);
-- A time is never booked twice: at most one live booking per guide, day and start.
CREATE UNIQUE INDEX guide_bookings_live ON guide_bookings (guide_id, day, start_min)
    WHERE state IN ('waiting', 'confirmed');
CREATE INDEX guide_bookings_guide ON guide_bookings (guide_id, state);
CREATE INDEX guide_bookings_contact ON guide_bookings (municipality_id, contact_norm);

CREATE TABLE guide_lookups (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    booking_id INTEGER REFERENCES guide_bookings(id),
    -- Who asked: a keyed hash of the address, never the address or the code.
    client TEXT NOT NULL,
    found INTEGER NOT NULL
);
CREATE INDEX guide_lookups_at ON guide_lookups (at);
