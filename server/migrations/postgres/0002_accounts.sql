-- Staff accounts, their roles per municipality, sessions, invitations and the audit log.
ALTER TABLE municipalities ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE municipalities ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE municipalities ADD COLUMN region TEXT NOT NULL DEFAULT '';

CREATE TABLE accounts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    -- Argon2id PHC string; empty until the invitation is accepted.
    password_hash TEXT NOT NULL,
    active BIGINT NOT NULL DEFAULT 1,
    demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

-- A role in one municipality; a NULL municipality is region-wide.
CREATE TABLE account_roles (
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    role TEXT NOT NULL,
    municipality_id BIGINT REFERENCES municipalities(id)
);
CREATE UNIQUE INDEX account_roles_unique ON account_roles (account_id, role, COALESCE(municipality_id, 0));

-- Only a hash of the token is kept: a stolen database opens no session.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts(id),
    created_by BIGINT REFERENCES accounts(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    account_id BIGINT REFERENCES accounts(id),
    municipality_id BIGINT REFERENCES municipalities(id),
    action TEXT NOT NULL,
    target TEXT NOT NULL
);
CREATE INDEX audit_log_municipality ON audit_log (municipality_id, at);
