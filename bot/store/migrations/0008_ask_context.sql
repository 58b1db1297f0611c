CREATE TABLE ask_context (
    platform TEXT NOT NULL, chat_id TEXT NOT NULL, user_id TEXT NOT NULL, topic TEXT NOT NULL,
    asked_at {ts} NOT NULL, PRIMARY KEY (platform, chat_id, user_id)
);
CREATE INDEX ask_context_asked ON ask_context (asked_at);
CREATE INDEX ask_context_user ON ask_context (platform, user_id);
