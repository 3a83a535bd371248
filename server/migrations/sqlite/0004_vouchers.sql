-- The fritidscheck: each year's terms, the vouchers, their redemptions, the lookups made
-- by code, and the settlements that pay the associations. Nothing here is ever deleted
-- except the lookup log (kept 180 days); a child's name and the guardian's contact are
-- blanked two years after the voucher ran out.

CREATE TABLE voucher_years (
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    year INTEGER NOT NULL,
    amount_ore INTEGER NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    min_age INTEGER NOT NULL,
    max_age INTEGER NOT NULL,
    expense_account TEXT NOT NULL,
    payable_account TEXT NOT NULL,
    PRIMARY KEY (municipality_id, year)
);

CREATE TABLE vouchers (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    year INTEGER NOT NULL,
    -- Crockford base32 without dashes (model::voucher::VoucherCode).
    code TEXT NOT NULL,
    first_name TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    guardian_contact TEXT NOT NULL,
    amount_ore INTEGER NOT NULL,
    -- Kept by one conditional UPDATE per redemption, so it can never go below zero.
    balance_ore INTEGER NOT NULL CHECK (balance_ore >= 0),
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    revoked_at INTEGER,
    revoked_reason TEXT,
    issued_at INTEGER NOT NULL,
    issued_by INTEGER REFERENCES accounts(id),
    demo INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX vouchers_code ON vouchers (code);
CREATE INDEX vouchers_year ON vouchers (municipality_id, year);

CREATE TABLE settlements (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    association_id INTEGER NOT NULL REFERENCES associations(id),
    period_from TEXT NOT NULL,
    period_until TEXT NOT NULL,
    total_ore INTEGER NOT NULL,
    closed_on TEXT NOT NULL,
    closed_by INTEGER NOT NULL REFERENCES accounts(id),
    paid_on TEXT,
    paid_by INTEGER REFERENCES accounts(id)
);
CREATE INDEX settlements_association ON settlements (association_id);

CREATE TABLE redemptions (
    id INTEGER PRIMARY KEY,
    voucher_id INTEGER NOT NULL REFERENCES vouchers(id),
    association_id INTEGER NOT NULL REFERENCES associations(id),
    activity_id INTEGER REFERENCES activities(id),
    amount_ore INTEGER NOT NULL CHECK (amount_ore > 0),
    balance_after_ore INTEGER NOT NULL,
    -- Made up by the client once per payment: a retry finds the first redemption.
    idempotency_key TEXT NOT NULL,
    redeemed_on TEXT NOT NULL,
    redeemed_at INTEGER NOT NULL,
    redeemed_by INTEGER NOT NULL REFERENCES accounts(id),
    reversed_on TEXT,
    reversed_by INTEGER REFERENCES accounts(id),
    reversal_reason TEXT,
    -- The settlement that paid for it, and the one that took it back if it was reversed
    -- after it had been paid for.
    settlement_id INTEGER REFERENCES settlements(id),
    reversal_settlement_id INTEGER REFERENCES settlements(id)
);
CREATE UNIQUE INDEX redemptions_idempotency ON redemptions (association_id, idempotency_key);
CREATE INDEX redemptions_voucher ON redemptions (voucher_id);
CREATE INDEX redemptions_association ON redemptions (association_id, redeemed_on);

CREATE TABLE voucher_lookups (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    voucher_id INTEGER REFERENCES vouchers(id),
    account_id INTEGER REFERENCES accounts(id),
    -- Who asked without an account: a keyed hash of the address, never the address.
    client TEXT NOT NULL,
    found INTEGER NOT NULL
);
CREATE INDEX voucher_lookups_at ON voucher_lookups (at);
