-- Schema 6: incoming updates (Telegram webhook deliveries) claimed for handling, so an update id
-- is handled once however many processes receive it. A claim not marked done within its lease
-- (its process died mid-handling) may be taken over by the platform's next delivery.
CREATE TABLE handled_updates (
    platform TEXT NOT NULL,
    update_id INTEGER NOT NULL,
    claimed_at TEXT NOT NULL,
    done_at TEXT,
    PRIMARY KEY (platform, update_id)
) WITHOUT ROWID;

CREATE INDEX handled_updates_claimed ON handled_updates (claimed_at);
