-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: a per-job log (what the crawler decided and why), shown in the job view.
CREATE TABLE job_log (
    id INTEGER PRIMARY KEY,
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    level TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX job_log_by_job ON job_log(job_id, id);
