-- Schema 4 (PostgreSQL; SQLite's schema 8, issue 25): what a chat last asked about, so a short
-- follow-up ("and how many?") is answered about that topic, whichever process gets it.
CREATE TABLE ask_context (
    platform text NOT NULL,
    chat_id text NOT NULL,
    user_id text NOT NULL,
    topic text NOT NULL,
    asked_at timestamptz NOT NULL,
    PRIMARY KEY (platform, chat_id, user_id)
);

CREATE INDEX ask_context_asked ON ask_context (asked_at);
CREATE INDEX ask_context_user ON ask_context (platform, user_id);
