CREATE TABLE pauses (
    id {id}, user_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE, start_date {date} NOT NULL,
    until_date {date},  -- not included (NULL: until /resume)
    reason TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
    guidance TEXT NOT NULL DEFAULT '', is_current {bool} NOT NULL DEFAULT TRUE, created_at {ts} NOT NULL,
    CHECK (until_date IS NULL OR until_date >= start_date)
);
CREATE UNIQUE INDEX pauses_current ON pauses (user_id) WHERE is_current;
CREATE INDEX pauses_user ON pauses (user_id, start_date);
CREATE TABLE account_links (
    account_id {big} PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    person_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE, linked_at {ts} NOT NULL,
    CHECK (account_id <> person_id)
);
CREATE INDEX account_links_person ON account_links (person_id);
ALTER TABLE sessions ADD COLUMN logged_by {big} REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX sessions_logged_by ON sessions (logged_by) WHERE logged_by IS NOT NULL;
CREATE TABLE link_codes (
    code_hash TEXT PRIMARY KEY, account_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at {ts} NOT NULL, used_at {ts}, created_at {ts} NOT NULL
);
CREATE INDEX link_codes_account ON link_codes (account_id);
CREATE TABLE link_attempts (
    account_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE, tried_at {ts} NOT NULL
);
CREATE INDEX link_attempts_account ON link_attempts (account_id, tried_at);
CREATE TABLE calendar_feeds (
    user_id {big} PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE, created_at {ts} NOT NULL
);
