-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: jobs, their frontier and their pages.
CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL DEFAULT 'local',
    remote_id TEXT,
    start_url TEXT NOT NULL,
    options_json TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL,
    error TEXT,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER,
    updated_at INTEGER NOT NULL,
    pages_completed INTEGER NOT NULL DEFAULT 0,
    pages_failed INTEGER NOT NULL DEFAULT 0,
    urls_discovered INTEGER NOT NULL DEFAULT 0
);

-- Every URL a job has admitted, once (by its normalized key); done = 1 once its page is stored.
CREATE TABLE frontier (
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    url_key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    url TEXT NOT NULL,
    parent_url TEXT,
    depth INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (job_id, url_key)
);
CREATE INDEX frontier_pending ON frontier(job_id, done, seq);

CREATE TABLE pages (
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    url TEXT NOT NULL,
    final_url TEXT,
    parent_url TEXT,
    depth INTEGER NOT NULL,
    state TEXT NOT NULL,
    http_status INTEGER NOT NULL DEFAULT 0,
    content_type TEXT,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    retry_count INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    title TEXT,
    description TEXT,
    language TEXT,
    metadata_json TEXT,
    markdown TEXT,
    html TEXT,
    raw_html TEXT,
    links_json TEXT,
    screenshot BLOB,
    fetched_at INTEGER NOT NULL,
    UNIQUE (job_id, idx)
);
CREATE INDEX pages_by_state ON pages(job_id, state, idx);
CREATE INDEX pages_by_url ON pages(job_id, url);
