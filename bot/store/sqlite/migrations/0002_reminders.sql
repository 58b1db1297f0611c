-- Schema 2: scheduled reminders (personal and club), hard-run days / race date, and the send log.
-- One row per personal schedule (user_id) or club schedule (chat_id). next_fire is the UTC instant
-- of the next reminder (NULL when paused); the scheduler claims rows with next_fire <= now.
CREATE TABLE reminder_schedules (
    id INTEGER PRIMARY KEY,
    user_id INTEGER UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    chat_id INTEGER UNIQUE REFERENCES chats (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    target TEXT NOT NULL,
    days INTEGER NOT NULL,
    local_time TEXT NOT NULL,
    setting TEXT NOT NULL,
    next_fire TEXT,
    replan INTEGER NOT NULL DEFAULT 0,
    paused INTEGER NOT NULL DEFAULT 0,
    last_recovery TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((user_id IS NULL) <> (chat_id IS NULL))
);

CREATE INDEX reminder_schedules_due ON reminder_schedules (platform, next_fire);

-- Exactly one reminder per schedule and local date: a row here is the claim.
CREATE TABLE reminder_sends (
    schedule_id INTEGER NOT NULL REFERENCES reminder_schedules (id) ON DELETE CASCADE,
    local_date TEXT NOT NULL,
    kind TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    skipped INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (schedule_id, local_date)
) WITHOUT ROWID;

CREATE INDEX reminder_sends_claimed ON reminder_sends (claimed_at);

-- A runner's calendar: hard-run weekdays (bit 0 = Monday) and the next race date.
CREATE TABLE runner_plans (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    hard_days INTEGER NOT NULL DEFAULT 0,
    race_date TEXT
);
