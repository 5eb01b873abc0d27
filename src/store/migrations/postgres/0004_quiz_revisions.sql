-- 0004: quiz revisions, the ETag of the quiz API. Every write of a quiz
-- takes the next number of one sequence, so a revision names one version of
-- one quiz and is never given again, not even to a quiz deleted and made
-- anew under the same id (a sequence never hands a number out twice, also
-- when the transaction that took it rolls back). Append-only: never edit
-- this file once it has landed; add 0005_*.sql instead.

CREATE SEQUENCE quiz_revision AS BIGINT;

ALTER TABLE quizzes ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

-- Quizzes stored before this migration get distinct revisions.
UPDATE quizzes SET revision = nextval('quiz_revision');
