-- 0001: users, quizzes and finished games with their per-answer results.
-- Append-only: never edit this file once it has landed; add 0002_*.sql instead.
-- Times are Unix milliseconds.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'host')),
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);

CREATE TABLE quizzes (
    id             TEXT    PRIMARY KEY,
    title          TEXT    NOT NULL,
    description    TEXT,
    question_count INTEGER NOT NULL,
    -- The whole Quiz as JSON; the other columns are copies for listing.
    document       TEXT    NOT NULL,
    source         TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);

-- No foreign key to quizzes: a report outlives the quiz it was played with,
-- which is why the title and question count are copied here.
CREATE TABLE games (
    id             TEXT    PRIMARY KEY,
    pin            TEXT    NOT NULL,
    quiz_id        TEXT    NOT NULL,
    quiz_title     TEXT    NOT NULL,
    question_count INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    started_at     INTEGER,
    ended_at       INTEGER NOT NULL
);

CREATE INDEX games_quiz_ended ON games (quiz_id, ended_at);

CREATE TABLE game_players (
    game_id  TEXT    NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    player   INTEGER NOT NULL,
    nickname TEXT    NOT NULL,
    rank     INTEGER NOT NULL,
    score    INTEGER NOT NULL,
    correct  INTEGER NOT NULL,
    PRIMARY KEY (game_id, player)
);

CREATE TABLE game_answers (
    game_id       TEXT    NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    player        INTEGER NOT NULL,
    question      INTEGER NOT NULL,
    -- The AnswerValue as JSON.
    answer        TEXT    NOT NULL,
    client_id     TEXT,
    elapsed_ms    INTEGER NOT NULL,
    time_limit_ms INTEGER NOT NULL,
    correct       INTEGER NOT NULL,
    points        INTEGER NOT NULL,
    streak_bonus  INTEGER NOT NULL,
    PRIMARY KEY (game_id, player, question)
);
