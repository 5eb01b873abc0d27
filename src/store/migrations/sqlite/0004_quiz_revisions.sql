-- 0004: quiz revisions, the ETag of the quiz API. Every write of a quiz
-- takes the next number of one counter, so a revision names one version of
-- one quiz and is never given again, not even to a quiz deleted and made
-- anew under the same id. Append-only: never edit this file once it has
-- landed; add 0005_*.sql instead.

CREATE TABLE quiz_revision (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last INTEGER NOT NULL
);

ALTER TABLE quizzes ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- Quizzes stored before this migration get distinct revisions.
UPDATE quizzes SET revision = rowid;

INSERT INTO quiz_revision (id, last) SELECT 1, COALESCE(MAX(revision), 0) FROM quizzes;
