-- 0007: retention. A finished game whose players' nicknames and answers
-- were removed keeps when that happened, how many players it had and,
-- per question, how many answered, how many were right and the points
-- given. Append-only: never edit this file once it has landed; add
-- 0008_*.sql instead. Times are Unix milliseconds.

ALTER TABLE games ADD COLUMN players_removed_at BIGINT;
ALTER TABLE games ADD COLUMN player_count BIGINT;

CREATE TABLE game_question_totals (
    game_id  TEXT   NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    question BIGINT NOT NULL,
    answers  BIGINT NOT NULL,
    correct  BIGINT NOT NULL,
    points   BIGINT NOT NULL,
    PRIMARY KEY (game_id, question)
);

-- The retention job looks games up by their end.
CREATE INDEX games_ended ON games (ended_at);
