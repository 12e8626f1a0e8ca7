-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: a page's raw HTML as the server sent it gzip-compressed, when those bytes decode to
-- exactly the stored text (valid UTF-8): raw_html is then NULL. A crawl writes a third to a
-- quarter of the bytes, and the reader decodes them (PageRow::read).
ALTER TABLE pages ADD COLUMN raw_html_gzip BLOB;
