-- Schema 3: running-club group challenges.
-- A challenge belongs to one group chat. Its rules (time zone, sessions per day, late days) are
-- frozen at creation so a running board never changes meaning when settings change.
CREATE TABLE challenges (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('total', 'weekly')),
    goal INTEGER NOT NULL CHECK (goal >= 1),
    weeks INTEGER NOT NULL DEFAULT 0,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    tz TEXT NOT NULL,
    max_per_day INTEGER NOT NULL,
    late_days INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    ended_at TEXT,
    CHECK (start_date <= end_date)
);

CREATE INDEX challenges_chat ON challenges (chat_id, end_date);
CREATE INDEX challenges_creator ON challenges (created_by);

-- A member's score is kept on the membership (recomputed from challenge_entries whenever they
-- change) so the top of a board of thousands is an indexed read: sessions counted (per-day cap
-- applied), weeks met (weekly challenges), the ranking score (sessions or weeks met) and when
-- the member reached it (the tie-break).
CREATE TABLE challenge_members (
    challenge_id INTEGER NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    joined_at TEXT NOT NULL,
    sessions INTEGER NOT NULL DEFAULT 0,
    weeks_met INTEGER NOT NULL DEFAULT 0,
    score INTEGER NOT NULL DEFAULT 0,
    reached_at TEXT,
    PRIMARY KEY (challenge_id, user_id)
);

CREATE INDEX challenge_members_user ON challenge_members (user_id);
CREATE INDEX challenge_members_rank ON challenge_members (challenge_id, score DESC, reached_at);

-- One row per session that counts toward a board (window and lateness checked when it is made).
-- Deleting the session (/undo) sets session_id to NULL: the board sees the tombstone, recounts
-- that member and drops it. Leaving, removal and /forget delete entries through the membership.
CREATE TABLE challenge_entries (
    id INTEGER PRIMARY KEY,
    challenge_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    day TEXT NOT NULL,
    logged_at TEXT NOT NULL,
    UNIQUE (challenge_id, session_id),
    FOREIGN KEY (challenge_id, user_id) REFERENCES challenge_members (challenge_id, user_id)
        ON DELETE CASCADE
);

CREATE INDEX challenge_entries_member ON challenge_entries (challenge_id, user_id);
CREATE INDEX challenge_entries_session ON challenge_entries (session_id);

-- Weekly challenges: each member's counted sessions per week (the per-day cap applied).
CREATE TABLE challenge_weeks (
    challenge_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    week INTEGER NOT NULL,
    sessions INTEGER NOT NULL,
    PRIMARY KEY (challenge_id, user_id, week),
    FOREIGN KEY (challenge_id, user_id) REFERENCES challenge_members (challenge_id, user_id)
        ON DELETE CASCADE
);

CREATE INDEX challenge_weeks_week ON challenge_weeks (challenge_id, week);

-- Members an admin removed: they can't join that challenge again.
CREATE TABLE challenge_removed (
    challenge_id INTEGER NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    removed_at TEXT NOT NULL,
    PRIMARY KEY (challenge_id, user_id)
);

CREATE INDEX challenge_removed_user ON challenge_removed (user_id);

-- Digests and final results: a row is claimed before sending, so each posts once.
CREATE TABLE challenge_posts (
    challenge_id INTEGER NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('digest', 'results')),
    period TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'claimed' CHECK (status IN ('claimed', 'sent', 'failed', 'blocked')),
    attempts INTEGER NOT NULL DEFAULT 1,
    claimed_at TEXT NOT NULL,
    done_at TEXT,
    PRIMARY KEY (challenge_id, kind, period)
);
