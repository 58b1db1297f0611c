CREATE TABLE strava_connections (
    user_id {big} PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    athlete_id {big} NOT NULL UNIQUE, athlete_name TEXT NOT NULL DEFAULT '',
    access_token TEXT NOT NULL,  -- encrypted by the caller
    refresh_token TEXT NOT NULL, expires_at {ts} NOT NULL, scope TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL, platform_user_id TEXT NOT NULL, chat_target TEXT NOT NULL,
    broken {bool} NOT NULL DEFAULT FALSE, connected_at {ts} NOT NULL
);
CREATE TABLE strava_states (
    nonce TEXT PRIMARY KEY, user_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform TEXT NOT NULL, platform_user_id TEXT NOT NULL, chat_target TEXT NOT NULL,
    expires_at {ts} NOT NULL, used_at {ts}
){norowid};
CREATE TABLE strava_events (
    id {serial}, event_key TEXT NOT NULL UNIQUE, owner_id {big} NOT NULL, object_type TEXT NOT NULL,
    object_id {big} NOT NULL, aspect_type TEXT NOT NULL, body TEXT NOT NULL DEFAULT '{}',
    received_at {ts} NOT NULL, due_at {ts} NOT NULL, claimed_until {ts},
    attempts INTEGER NOT NULL DEFAULT 0, done_at {ts}
);
CREATE INDEX strava_events_due ON strava_events (due_at) WHERE done_at IS NULL;
CREATE TABLE strava_subscriptions (
    id {big} PRIMARY KEY, callback_url TEXT NOT NULL, created_at {ts} NOT NULL
);
