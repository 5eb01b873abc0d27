-- Uploaded pictures, sounds and videos, each kept once under the SHA-256
-- of its bytes (lower-case hex), with the MIME type it was accepted as.
CREATE TABLE media (
    hash       TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    bytes      BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
