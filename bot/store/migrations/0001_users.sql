CREATE TABLE users (
    id {id}, platform TEXT NOT NULL, platform_user_id TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '', tz TEXT, created_at {ts} NOT NULL,
    UNIQUE (platform, platform_user_id)
);
CREATE TABLE chats (
    id {id}, platform TEXT NOT NULL, platform_chat_id TEXT NOT NULL,
    is_private {bool} NOT NULL DEFAULT FALSE, tz TEXT, created_at {ts} NOT NULL,
    UNIQUE (platform, platform_chat_id)
);
CREATE TABLE sessions (
    id {id}, user_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE, setting TEXT NOT NULL,
    minutes INTEGER, effort INTEGER, note TEXT NOT NULL DEFAULT '',
    muscles TEXT NOT NULL DEFAULT '', logged_at {ts} NOT NULL, local_date {date} NOT NULL,
    source TEXT NOT NULL DEFAULT 'command', dedupe_key TEXT UNIQUE
);
CREATE INDEX sessions_user_time ON sessions (user_id, logged_at);
