-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: where a remote job's API lives (the base URL the user gave, self-hosted Firecrawl
-- included), so that monitoring resumes after a restart. The API key is never stored here.
ALTER TABLE jobs ADD COLUMN remote_base_url TEXT;
