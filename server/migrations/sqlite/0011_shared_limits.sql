-- What several servers on one database must agree on (issue 16): the rate limits, the
-- sign-in lockout and the key that hashes clients in the lookup logs. With SQLite one
-- server runs and keeps the limits in memory; the key lives here on both.

-- One row per limit and client: the time (microseconds) at which the client's next
-- request would conform, as in the generic cell rate algorithm. Keys are keyed hashes,
-- never addresses or e-mails; a row is deleted once that time has passed.
CREATE TABLE rate_slots (
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    tat BIGINT NOT NULL,
    PRIMARY KEY (name, key)
);

-- Failed attempts per key in a window that starts with the first failure.
CREATE TABLE failed_attempts (
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    started BIGINT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (name, key)
);

-- The secret that keys client hashes, one per day (UTC, days since 1970). Yesterday's
-- is kept so a hash made just before midnight can still be matched; older ones are
-- deleted, after which no logged hash can be tied to an address.
CREATE TABLE client_hash_keys (
    day BIGINT PRIMARY KEY,
    secret TEXT NOT NULL
);
