-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: what a provider says about a job beyond the normalized columns (expiresAt,
-- creditsUsed, token_summary, ...), kept so that an imported or monitored job exports as it came.
ALTER TABLE jobs ADD COLUMN extra_json TEXT;
