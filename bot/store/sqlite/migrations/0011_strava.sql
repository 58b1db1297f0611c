-- Schema 11 (issue 28): Strava connections, one-time OAuth states, webhook events and the push
-- subscription. Tokens are stored encrypted (Fernet, LEGWORK_SECRET_KEY); the store never sees
-- them in the clear.

-- One Strava athlete per runner (the person: linked accounts share it).
CREATE TABLE strava_connections (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    athlete_id INTEGER NOT NULL UNIQUE,
    athlete_name TEXT NOT NULL DEFAULT '',
    access_token TEXT NOT NULL,
    refresh_token TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL,          -- where the runner is told things: a platform and chat
    platform_user_id TEXT NOT NULL,
    chat_target TEXT NOT NULL,
    broken INTEGER NOT NULL DEFAULT 0,  -- a refresh was refused: the runner must connect again
    connected_at TEXT NOT NULL
);

-- The nonce inside a signed OAuth state; single-use (used_at set when the redirect comes back,
-- so a second use can still be told to the runner). Rows go a day after they expire.
CREATE TABLE strava_states (
    nonce TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    platform_user_id TEXT NOT NULL,
    chat_target TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
) WITHOUT ROWID;

-- Webhook events (and first-connect backfills), stored before Strava gets its 200 and claimed by
-- one process at a time: a claim not finished within its lease is taken over.
CREATE TABLE strava_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_key TEXT NOT NULL UNIQUE,
    owner_id INTEGER NOT NULL,
    object_type TEXT NOT NULL,
    object_id INTEGER NOT NULL,
    aspect_type TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '{}',
    received_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    claimed_until TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    done_at TEXT
);

CREATE INDEX strava_events_due ON strava_events (due_at) WHERE done_at IS NULL;

-- The app's push subscription(s), recorded by `python -m bot strava subscribe`.
CREATE TABLE strava_subscriptions (
    id INTEGER PRIMARY KEY,
    callback_url TEXT NOT NULL,
    created_at TEXT NOT NULL
);
