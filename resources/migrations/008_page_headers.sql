-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: what the job view's page inspector and pages table show beyond the export formats:
-- the response headers (JSON array of [name, value], Set-Cookie values not kept), the body size
-- and the word count of the text.
ALTER TABLE pages ADD COLUMN response_headers TEXT;
ALTER TABLE pages ADD COLUMN body_bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE pages ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;
