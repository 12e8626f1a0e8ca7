-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: which process runs a job, and when it last said so, so that `trawl resume` can tell
-- a crawl that is running elsewhere from one whose process died.
ALTER TABLE jobs ADD COLUMN runner_pid INTEGER;
ALTER TABLE jobs ADD COLUMN heartbeat_at INTEGER;
