-- 0003: the questions of a finished game in the order they were played (a
-- game may shuffle them), as JSON text: an array of PlayedQuestion.
-- Append-only: never edit this file once it has landed.
ALTER TABLE games ADD COLUMN questions TEXT NOT NULL DEFAULT '[]';
