-- SPDX-License-Identifier: GPL-3.0-or-later
-- How each page's content was read: 'static' (the fetched HTML) or 'js' (rendered by
-- QtWebEngine); NULL for pages never parsed (failed fetches, skipped URLs).
ALTER TABLE pages ADD COLUMN render_mode TEXT;
