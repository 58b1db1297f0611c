-- Schema 1: users, chats and logged sessions.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    platform_user_id TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    tz TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (platform, platform_user_id)
);

CREATE TABLE chats (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    platform_chat_id TEXT NOT NULL,
    is_private INTEGER NOT NULL DEFAULT 0,
    tz TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (platform, platform_chat_id)
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    setting TEXT NOT NULL,
    minutes INTEGER,
    effort INTEGER,
    note TEXT NOT NULL DEFAULT '',
    muscles TEXT NOT NULL DEFAULT '',
    logged_at TEXT NOT NULL,
    local_date TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'command',
    dedupe_key TEXT UNIQUE
);

CREATE INDEX sessions_user_time ON sessions (user_id, logged_at);
