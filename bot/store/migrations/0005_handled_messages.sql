CREATE TABLE handled_messages (
    platform TEXT NOT NULL, message_key TEXT NOT NULL, handled_at {ts} NOT NULL,
    PRIMARY KEY (platform, message_key)
){norowid};
CREATE INDEX handled_messages_at ON handled_messages (handled_at);
