CREATE TABLE runs (
    id {id}, person_id {big} NOT NULL REFERENCES users (id) ON DELETE CASCADE, source TEXT NOT NULL,
    external_id TEXT, start_at {ts} NOT NULL, local_date {date} NOT NULL, elapsed_s {real} NOT NULL,
    moving_s {real} NOT NULL, distance_m {real} NOT NULL, elev_gain_m {real}, avg_hr {real},
    max_hr {real}, avg_cadence {real}, laps TEXT NOT NULL DEFAULT '[]',  -- JSON
    klass TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', corrected {bool} NOT NULL DEFAULT FALSE,
    race {bool} NOT NULL DEFAULT FALSE, created_at {ts} NOT NULL
);
CREATE UNIQUE INDEX runs_external ON runs (person_id, source, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX runs_person_start ON runs (person_id, start_at);
ALTER TABLE runner_plans ADD COLUMN run_day {date};
ALTER TABLE runner_plans ADD COLUMN units TEXT NOT NULL DEFAULT 'km';
ALTER TABLE runner_plans ADD COLUMN runs_offered {bool} NOT NULL DEFAULT FALSE;
