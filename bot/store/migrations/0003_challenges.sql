CREATE TABLE challenges (
    id {id}, chat_id {big} NOT NULL REFERENCES chats (id) ON DELETE CASCADE, name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('total', 'weekly')), goal INTEGER NOT NULL CHECK (goal >= 1),
    weeks INTEGER NOT NULL DEFAULT 0, start_date {date} NOT NULL, end_date {date} NOT NULL,
    tz TEXT NOT NULL, max_per_day INTEGER NOT NULL, late_days INTEGER NOT NULL,
    created_by {big} REFERENCES users (id) ON DELETE SET NULL, created_at {ts} NOT NULL, ended_at {ts},
    CHECK (start_date <= end_date)
);
CREATE INDEX challenges_chat ON challenges (chat_id, end_date);
CREATE INDEX challenges_creator ON challenges (created_by);
CREATE TABLE challenge_members (
    challenge_id {big} NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    user_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE, joined_at {ts} NOT NULL,
    sessions INTEGER NOT NULL DEFAULT 0, weeks_met INTEGER NOT NULL DEFAULT 0,
    score INTEGER NOT NULL DEFAULT 0, reached_at {ts}, PRIMARY KEY (challenge_id, user_id)
);
CREATE INDEX challenge_members_user ON challenge_members (user_id);
CREATE INDEX challenge_members_rank ON challenge_members (challenge_id, score DESC, reached_at);
CREATE TABLE challenge_entries (
    id {id}, challenge_id {big} NOT NULL, user_id {big} NOT NULL,
    session_id {big} REFERENCES sessions (id) ON DELETE SET NULL,  -- NULL: a tombstone (/undo)
    day {date} NOT NULL, logged_at {ts} NOT NULL, UNIQUE (challenge_id, session_id),
    FOREIGN KEY (challenge_id, user_id) REFERENCES challenge_members (challenge_id, user_id)
        ON DELETE CASCADE
);
CREATE INDEX challenge_entries_member ON challenge_entries (challenge_id, user_id);
CREATE INDEX challenge_entries_session ON challenge_entries (session_id);
CREATE TABLE challenge_weeks (
    challenge_id {big} NOT NULL, user_id {big} NOT NULL, week INTEGER NOT NULL, sessions INTEGER NOT NULL,
    PRIMARY KEY (challenge_id, user_id, week),
    FOREIGN KEY (challenge_id, user_id) REFERENCES challenge_members (challenge_id, user_id)
        ON DELETE CASCADE
);
CREATE INDEX challenge_weeks_week ON challenge_weeks (challenge_id, week);
CREATE TABLE challenge_removed (
    challenge_id {big} NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    user_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE, removed_at {ts} NOT NULL,
    PRIMARY KEY (challenge_id, user_id)
);
CREATE INDEX challenge_removed_user ON challenge_removed (user_id);
CREATE TABLE challenge_posts (
    challenge_id {big} NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('digest', 'results')), period TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'claimed' CHECK (status IN ('claimed', 'sent', 'failed', 'blocked')),
    attempts INTEGER NOT NULL DEFAULT 1, claimed_at {ts} NOT NULL, done_at {ts},
    PRIMARY KEY (challenge_id, kind, period)
);
