-- Schema 4: remember when a claimed reminder was actually handed to the platform, so a crash
-- between claiming and sending can be recovered (claims unsent past their lease are re-sent).
ALTER TABLE reminder_sends ADD COLUMN sent_at TEXT;
UPDATE reminder_sends SET sent_at = claimed_at;
CREATE INDEX reminder_sends_unsent ON reminder_sends (claimed_at) WHERE sent_at IS NULL;
