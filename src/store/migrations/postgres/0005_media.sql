-- 0005: uploaded pictures, sounds and videos, each kept once under the
-- SHA-256 of its bytes (lower-case hex), with the MIME type it was
-- accepted as. Append-only: never edit this file once it has landed.
CREATE TABLE media (
    hash       TEXT   PRIMARY KEY,
    media_type TEXT   NOT NULL,
    size       BIGINT NOT NULL,
    bytes      BYTEA  NOT NULL,
    created_at BIGINT NOT NULL
);
