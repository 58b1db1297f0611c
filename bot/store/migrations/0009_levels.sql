CREATE TABLE level_changes (
    id {id}, user_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE, muscle TEXT NOT NULL,
    level INTEGER NOT NULL, from_level INTEGER NOT NULL, reason TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '', effective {date} NOT NULL, session_id {big}, created_at {ts} NOT NULL,
    UNIQUE (user_id, muscle, effective)
);
CREATE INDEX level_changes_user ON level_changes (user_id, effective);
CREATE INDEX sessions_user_day ON sessions (user_id, local_date);
