-- 0008: mail. Accounts' email addresses and report opt-in, invitations
-- (pending accounts), one-time links, and the durable outgoing mail queue.
-- Append-only: never edit this file once it has landed; add 0009_*.sql
-- instead. Times are Unix milliseconds.

ALTER TABLE users ADD COLUMN email TEXT;
-- 1: mail the host the report of each game they finish.
ALTER TABLE users ADD COLUMN report_mail INTEGER NOT NULL DEFAULT 0;
-- 1: invited and not yet accepted; such an account cannot sign in.
ALTER TABLE users ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;

-- One address belongs to one account (compared without case).
CREATE UNIQUE INDEX users_email ON users (email COLLATE NOCASE) WHERE email IS NOT NULL;

-- One-time links mailed to a person: an invitation to choose a username
-- and password, or a password reset. Kept as the SHA-256 of the secret in
-- the link, like tokens; used_at is set when one is used, once.
CREATE TABLE account_links (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL CHECK (purpose IN ('invite', 'reset')),
    hash       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);

CREATE INDEX account_links_user ON account_links (user_id);

-- Mail waiting to go, and mail sent or given up on. A message is sent
-- when next_attempt_at has come; each failed attempt moves it later.
CREATE TABLE mail_queue (
    id              INTEGER PRIMARY KEY,
    -- What it is about: report, invite, reset, test.
    kind            TEXT    NOT NULL,
    -- What it belongs to (a report: its game's id), so it is queued once.
    about           TEXT,
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    -- JSON: [{"name", "content_type", "base64"}].
    attachments     TEXT    NOT NULL DEFAULT '[]',
    -- The Message-ID every attempt sends, so a receiver can tell a copy.
    message_id      TEXT    NOT NULL UNIQUE,
    queued_at       INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    sent_at         INTEGER,
    -- Set when it will not be tried again (refused for good, or too old).
    failed_at       INTEGER
);

CREATE UNIQUE INDEX mail_queue_about ON mail_queue (kind, about) WHERE about IS NOT NULL;

CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
