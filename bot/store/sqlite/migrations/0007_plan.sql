-- Schema 7 (issue 18): pauses, one runner on two platforms (linked accounts, link codes and their
-- tries), and private calendar feed tokens.

-- A runner's pauses, the history kept for streaks. A pause covers start_date up to, not including,
-- until_date (NULL: until /resume). At most one is current (the latest); reminders read it.
CREATE TABLE pauses (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    start_date TEXT NOT NULL,
    until_date TEXT,
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    guidance TEXT NOT NULL DEFAULT '',
    is_current INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    CHECK (until_date IS NULL OR until_date >= start_date)
);

CREATE UNIQUE INDEX pauses_current ON pauses (user_id) WHERE is_current;
CREATE INDEX pauses_user ON pauses (user_id, start_date);

-- A linked account (account_id) acts as its person (person_id, the account that made the code):
-- sessions, schedule, calendar and pauses live with the person. Challenge places stay with the
-- account, in their chat.
CREATE TABLE account_links (
    account_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    linked_at TEXT NOT NULL,
    CHECK (account_id <> person_id)
);

CREATE INDEX account_links_person ON account_links (person_id);

-- The account that logged a session while linked (NULL: user_id itself); /unlink gives it back.
ALTER TABLE sessions ADD COLUMN logged_by INTEGER REFERENCES users (id) ON DELETE SET NULL;

CREATE INDEX sessions_logged_by ON sessions (logged_by) WHERE logged_by IS NOT NULL;

-- One-time link codes, stored as hashes; single-use, they expire.
CREATE TABLE link_codes (
    code_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX link_codes_account ON link_codes (account_id);

-- Each try at redeeming a code (at most a few per account per hour).
CREATE TABLE link_attempts (
    account_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tried_at TEXT NOT NULL
);

CREATE INDEX link_attempts_account ON link_attempts (account_id, tried_at);

-- A runner's private calendar feed URL (only its hash is kept).
CREATE TABLE calendar_feeds (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
