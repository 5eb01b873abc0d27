-- 0010: self-paced assignments. A quiz published between two times, each
-- player's progress through it (stored whole after every step) and every
-- answer they gave. The assignment keeps its own copy of the quiz, so the
-- quiz may change or go while players take it.
-- Append-only: never edit this file once it has landed; add 0011_*.sql
-- instead. Times are Unix milliseconds.

CREATE TABLE assignments (
    id           INTEGER PRIMARY KEY,
    code         TEXT    NOT NULL UNIQUE,
    quiz_id      TEXT    NOT NULL,
    quiz_title   TEXT    NOT NULL,
    -- The quiz as published (native JSON).
    quiz_json    TEXT    NOT NULL,
    owner_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    opens_at     INTEGER NOT NULL,
    closes_at    INTEGER NOT NULL,
    -- Set when the host closed it before closes_at.
    closed_at    INTEGER,
    -- What players are asked for instead of a nickname ("Student number").
    identifier   TEXT,
    seed         INTEGER NOT NULL,
    streak_bonus INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
);

CREATE INDEX assignments_owner ON assignments (owner_id);

CREATE TABLE assignment_players (
    id            INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    -- SHA-256 of the player's resume token.
    token_hash    TEXT    NOT NULL UNIQUE,
    started_at    INTEGER NOT NULL,
    -- game::assignment::Progress as JSON; replaced only from the value read.
    progress      TEXT    NOT NULL,
    UNIQUE (assignment_id, name)
);

CREATE TABLE assignment_answers (
    player_id     INTEGER NOT NULL REFERENCES assignment_players (id) ON DELETE CASCADE,
    question      INTEGER NOT NULL,
    -- The answer as JSON; NULL when the player passed.
    answer        TEXT,
    elapsed_ms    INTEGER NOT NULL,
    time_limit_ms INTEGER NOT NULL,
    correct       INTEGER NOT NULL,
    points        INTEGER NOT NULL,
    streak_bonus  INTEGER NOT NULL,
    answered_at   INTEGER NOT NULL,
    PRIMARY KEY (player_id, question)
);
