-- Webhooks: URLs an admin added, the events each wants (comma-separated
-- names, or '*' for every event) and the shared secret bodies are signed
-- with (kept in clear: the server needs it to sign).
CREATE TABLE webhooks (
    id         INTEGER PRIMARY KEY,
    url        TEXT NOT NULL,
    events     TEXT NOT NULL,
    secret     TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- Game events as sent, once each: `key` names the happening (game id,
-- event, question), so an event raised again after a restart is not
-- queued twice.
CREATE TABLE webhook_events (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    event      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- The outbox: one delivery per event and webhook, pending until delivered
-- or out of attempts. Removing a webhook removes its deliveries.
CREATE TABLE webhook_deliveries (
    id         INTEGER PRIMARY KEY,
    webhook_id INTEGER NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    state      TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    next_at    INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_at);

-- Every attempt: the HTTP status (NULL when there was no answer), the
-- error, and how long it took.
CREATE TABLE webhook_attempts (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    status      INTEGER,
    error       TEXT,
    duration_ms INTEGER NOT NULL
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id);
