-- Trust between municipalities (issue 10).

-- A role offered to an account that already exists, or to a new one through its link:
-- nothing is granted until the account's owner accepts.
CREATE TABLE role_offers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id),
    role TEXT NOT NULL,
    -- For the association role: the association the account will act for.
    association_id BIGINT REFERENCES associations(id),
    created_by BIGINT REFERENCES accounts(id),
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX role_offers_unique ON role_offers (account_id, municipality_id, role, COALESCE(association_id, 0));

-- 'invite' (accepting takes the account's offers; sets the password of a new account,
-- checks the password of an existing one) or 'reset' (sets a new password).
ALTER TABLE invitations ADD COLUMN purpose TEXT NOT NULL DEFAULT 'invite';
-- The municipality whose admin made the link: its offers are the ones the link accepts.
ALTER TABLE invitations ADD COLUMN municipality_id BIGINT REFERENCES municipalities(id);

-- A reversal can only give back what was taken.
ALTER TABLE vouchers ADD CONSTRAINT vouchers_balance_at_most_amount CHECK (balance_ore <= amount_ore);
