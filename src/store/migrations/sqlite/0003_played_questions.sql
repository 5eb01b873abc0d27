-- The questions of a finished game in the order they were played (a game
-- may shuffle them), with their kinds: a JSON array of {"text", "kind"}.
ALTER TABLE games ADD COLUMN questions TEXT NOT NULL DEFAULT '[]';
