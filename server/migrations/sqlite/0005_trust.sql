-- Trust between municipalities (issue 10).

-- A role offered to an account that already exists, or to a new one through its link:
-- nothing is granted until the account's owner accepts.
CREATE TABLE role_offers (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    role TEXT NOT NULL,
    -- For the association role: the association the account will act for.
    association_id INTEGER REFERENCES associations(id),
    created_by INTEGER REFERENCES accounts(id),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX role_offers_unique ON role_offers (account_id, municipality_id, role, COALESCE(association_id, 0));

-- 'invite' (accepting takes the account's offers; sets the password of a new account,
-- checks the password of an existing one) or 'reset' (sets a new password).
ALTER TABLE invitations ADD COLUMN purpose TEXT NOT NULL DEFAULT 'invite';
-- The municipality whose admin made the link: its offers are the ones the link accepts.
ALTER TABLE invitations ADD COLUMN municipality_id INTEGER REFERENCES municipalities(id);

-- A reversal can only give back what was taken: the balance never exceeds the amount.
-- SQLite cannot add a CHECK to an existing table, so triggers keep the rule.
CREATE TRIGGER vouchers_balance_at_most_amount_insert BEFORE INSERT ON vouchers
WHEN NEW.balance_ore > NEW.amount_ore
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: vouchers_balance_at_most_amount'); END;
CREATE TRIGGER vouchers_balance_at_most_amount_update BEFORE UPDATE ON vouchers
WHEN NEW.balance_ore > NEW.amount_ore
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: vouchers_balance_at_most_amount'); END;
