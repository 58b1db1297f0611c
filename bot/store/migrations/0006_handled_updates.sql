CREATE TABLE handled_updates (
    platform TEXT NOT NULL, update_id {big} NOT NULL, claimed_at {ts} NOT NULL, done_at {ts},
    PRIMARY KEY (platform, update_id)
){norowid};
CREATE INDEX handled_updates_claimed ON handled_updates (claimed_at);
