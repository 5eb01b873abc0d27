-- 0002: accounts. Quiz owners, tokens (login sessions and API tokens) and
-- who created each game. Append-only: never edit this file once it has
-- landed; add 0003_*.sql instead. Times are Unix milliseconds.

-- NULL: a shared quiz (the samples, `quizbox import` on the server itself),
-- visible to every host and changed only by admins.
ALTER TABLE quizzes ADD COLUMN owner_id INTEGER REFERENCES users (id);

CREATE INDEX quizzes_owner ON quizzes (owner_id);

CREATE TABLE tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('session', 'api')),
    name         TEXT    NOT NULL,
    -- SHA-256 of the token, hex. The token itself is never stored.
    hash         TEXT    NOT NULL UNIQUE,
    -- Comma-separated scopes: import, export, host.
    scopes       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    last_used_at INTEGER
);

CREATE INDEX tokens_user ON tokens (user_id);

-- Live and finished games by the account that created them. No foreign
-- key to games: that table only holds finished games.
CREATE TABLE game_hosts (
    game_id    TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);
