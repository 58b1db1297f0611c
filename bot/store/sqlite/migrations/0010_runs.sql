-- Schema 10 (issue 27): runs from files (and Strava, issue 28), per person.

-- A run belongs to the person (linked accounts share it). Times are UTC ISO text; local_date is
-- the runner's date of the start. klass is easy/long/hard/hilly with its reason; corrected: the
-- runner set the class with a button. laps: JSON list.
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    external_id TEXT,
    start_at TEXT NOT NULL,
    local_date TEXT NOT NULL,
    elapsed_s REAL NOT NULL,
    moving_s REAL NOT NULL,
    distance_m REAL NOT NULL,
    elev_gain_m REAL,
    avg_hr REAL,
    max_hr REAL,
    avg_cadence REAL,
    laps TEXT NOT NULL DEFAULT '[]',
    klass TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    corrected INTEGER NOT NULL DEFAULT 0,
    race INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE UNIQUE INDEX runs_external ON runs (person_id, source, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX runs_person_start ON runs (person_id, start_at);

-- run_day: the latest local date a hard or long run made a hard-run day (reminders read it);
-- units: km or mi; runs_offered: the hard-run weekday offer was made (once).
ALTER TABLE runner_plans ADD COLUMN run_day TEXT;
ALTER TABLE runner_plans ADD COLUMN units TEXT NOT NULL DEFAULT 'km';
ALTER TABLE runner_plans ADD COLUMN runs_offered INTEGER NOT NULL DEFAULT 0;
