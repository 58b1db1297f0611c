ALTER TABLE reminder_sends ADD COLUMN sent_at {ts};
UPDATE reminder_sends SET sent_at = claimed_at;
CREATE INDEX reminder_sends_unsent ON reminder_sends (claimed_at) WHERE sent_at IS NULL;
