-- The fritidscheck: each year's terms, the vouchers, their redemptions, the lookups made
-- by code, and the settlements that pay the associations. Nothing here is ever deleted
-- except the lookup log (kept 180 days); a child's name and the guardian's contact are
-- blanked two years after the voucher ran out.

CREATE TABLE voucher_years (
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    year BIGINT NOT NULL,
    amount_ore BIGINT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    min_age BIGINT NOT NULL,
    max_age BIGINT NOT NULL,
    expense_account TEXT NOT NULL,
    payable_account TEXT NOT NULL,
    PRIMARY KEY (municipality_id, year)
);

CREATE TABLE vouchers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    year BIGINT NOT NULL,
    -- Crockford base32 without dashes (model::voucher::VoucherCode).
    code TEXT NOT NULL,
    first_name TEXT NOT NULL,
    birth_year BIGINT NOT NULL,
    guardian_contact TEXT NOT NULL,
    amount_ore BIGINT NOT NULL,
    -- Kept by one conditional UPDATE per redemption, so it can never go below zero.
    balance_ore BIGINT NOT NULL CHECK (balance_ore >= 0),
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    revoked_at BIGINT,
    revoked_reason TEXT,
    issued_at BIGINT NOT NULL,
    issued_by BIGINT REFERENCES accounts(id),
    demo BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX vouchers_code ON vouchers (code);
CREATE INDEX vouchers_year ON vouchers (municipality_id, year);

CREATE TABLE settlements (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    association_id BIGINT NOT NULL REFERENCES associations(id),
    period_from TEXT NOT NULL,
    period_until TEXT NOT NULL,
    total_ore BIGINT NOT NULL,
    closed_on TEXT NOT NULL,
    closed_by BIGINT NOT NULL REFERENCES accounts(id),
    paid_on TEXT,
    paid_by BIGINT REFERENCES accounts(id)
);
CREATE INDEX settlements_association ON settlements (association_id);

CREATE TABLE redemptions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    voucher_id BIGINT NOT NULL REFERENCES vouchers(id),
    association_id BIGINT NOT NULL REFERENCES associations(id),
    activity_id BIGINT REFERENCES activities(id),
    amount_ore BIGINT NOT NULL CHECK (amount_ore > 0),
    balance_after_ore BIGINT NOT NULL,
    -- Made up by the client once per payment: a retry finds the first redemption.
    idempotency_key TEXT NOT NULL,
    redeemed_on TEXT NOT NULL,
    redeemed_at BIGINT NOT NULL,
    redeemed_by BIGINT NOT NULL REFERENCES accounts(id),
    reversed_on TEXT,
    reversed_by BIGINT REFERENCES accounts(id),
    reversal_reason TEXT,
    -- The settlement that paid for it, and the one that took it back if it was reversed
    -- after it had been paid for.
    settlement_id BIGINT REFERENCES settlements(id),
    reversal_settlement_id BIGINT REFERENCES settlements(id)
);
CREATE UNIQUE INDEX redemptions_idempotency ON redemptions (association_id, idempotency_key);
CREATE INDEX redemptions_voucher ON redemptions (voucher_id);
CREATE INDEX redemptions_association ON redemptions (association_id, redeemed_on);

CREATE TABLE voucher_lookups (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    voucher_id BIGINT REFERENCES vouchers(id),
    account_id BIGINT REFERENCES accounts(id),
    -- Who asked without an account: a keyed hash of the address, never the address.
    client TEXT NOT NULL,
    found BIGINT NOT NULL
);
CREATE INDEX voucher_lookups_at ON voucher_lookups (at);
