-- Schema 9 (issue 29; PostgreSQL's schema 5): a runner's level per muscle group moves by how
-- sessions felt. Each change is kept (the level on any day is the latest change in effect by
-- then), at most one per group and day; the runner's person row owns them, so they follow linked
-- accounts and go with /forget.
CREATE TABLE level_changes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    muscle TEXT NOT NULL,
    level INTEGER NOT NULL,
    from_level INTEGER NOT NULL,
    reason TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    effective TEXT NOT NULL,
    session_id INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (user_id, muscle, effective)
);

CREATE INDEX level_changes_user ON level_changes (user_id, effective);
CREATE INDEX sessions_user_day ON sessions (user_id, local_date);
