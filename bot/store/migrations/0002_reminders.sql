CREATE TABLE reminder_schedules (
    id {id}, user_id {big} UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    chat_id {big} UNIQUE REFERENCES chats (id) ON DELETE CASCADE, platform TEXT NOT NULL,
    target TEXT NOT NULL, days INTEGER NOT NULL, local_time TEXT NOT NULL, setting TEXT NOT NULL,
    next_fire {ts},  -- UTC instant of the next reminder (NULL: paused)
    replan {bool} NOT NULL DEFAULT FALSE, paused {bool} NOT NULL DEFAULT FALSE,
    last_recovery {date}, created_at {ts} NOT NULL, updated_at {ts} NOT NULL,
    CHECK ((user_id IS NULL) <> (chat_id IS NULL))
);
CREATE INDEX reminder_schedules_due ON reminder_schedules (platform, next_fire);
CREATE TABLE reminder_sends (
    schedule_id {big} NOT NULL REFERENCES reminder_schedules (id) ON DELETE CASCADE,
    local_date {date} NOT NULL, kind TEXT NOT NULL, claimed_at {ts} NOT NULL,
    skipped {bool} NOT NULL DEFAULT FALSE, PRIMARY KEY (schedule_id, local_date)
){norowid};
CREATE INDEX reminder_sends_claimed ON reminder_sends (claimed_at);
CREATE TABLE runner_plans (
    user_id {big} PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    hard_days INTEGER NOT NULL DEFAULT 0,  -- bit 0 = Monday
    race_date {date}
);
