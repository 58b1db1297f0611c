-- Schema 5: messages whose command must not run twice. A platform re-delivers updates that a
-- crash left unconfirmed; commands that are not idempotent (/undo, /challenge) claim their
-- message here first, so a re-delivered one is recognised. Rows older than two days are pruned.
CREATE TABLE handled_messages (
    platform TEXT NOT NULL,
    message_key TEXT NOT NULL,
    handled_at TEXT NOT NULL,
    PRIMARY KEY (platform, message_key)
) WITHOUT ROWID;

CREATE INDEX handled_messages_at ON handled_messages (handled_at);
