-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: the page's plain text (Firecrawl v0's `content`), kept with its markdown.
ALTER TABLE pages ADD COLUMN text_content TEXT;
