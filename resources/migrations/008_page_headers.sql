-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: what the job view's page inspector and pages table show beyond the export formats:
-- the response headers (JSON array of [name, value], Set-Cookie values not kept), the body size
-- and the word count of the text.
ALTER TABLE pages ADD COLUMN response_headers TEXT;
ALTER TABLE pages ADD COLUMN body_bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pages ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;
-- The job view sorts a job's pages by any column a screenful at a time: an index per sort key
-- gives each screenful without sorting the job (and without reading the large columns stored
-- before the new ones). Ties are broken by rowid, which every such index holds.
CREATE INDEX pages_by_status ON pages(job_id, http_status);
CREATE INDEX pages_by_content_type ON pages(job_id, content_type);
CREATE INDEX pages_by_depth ON pages(job_id, depth);
CREATE INDEX pages_by_duration ON pages(job_id, duration_ms);
CREATE INDEX pages_by_size ON pages(job_id, body_bytes);
CREATE INDEX pages_by_words ON pages(job_id, word_count);
CREATE INDEX pages_by_title ON pages(job_id, title);
CREATE INDEX pages_by_error ON pages(job_id, error_code);
CREATE INDEX pages_by_retries ON pages(job_id, retry_count);
CREATE INDEX pages_by_fetched_at ON pages(job_id, fetched_at);
