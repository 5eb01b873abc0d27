-- 0009: teams. The team each player of a finished game played for (team
-- mode); NULL when the game had no teams. Team standings are worked out
-- from these and the players' scores.
-- Append-only: never edit this file once it has landed; add 0010_*.sql
-- instead.

ALTER TABLE game_players ADD COLUMN team TEXT;
