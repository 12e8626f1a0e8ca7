// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

class JobSnapshot;

// `markdown-dir`: one .md file per page (YAML front matter, then the page's markdown) under a
// folder per host that mirrors the URL path, plus index.md at the top listing every page with a
// relative link (docs/formats-files.md).
//
// The folder appears only when complete: everything is written into a hidden temporary sibling
// folder, which is renamed into place at the end (on failure it is removed). An existing empty
// folder is replaced; a non-empty one only when `existing` is Replace (it is then removed after
// the new one is in place); a file in the way is an error.
namespace MarkdownFolderExport {

enum class ExistingFolder
{
    Refuse,
    Replace,
};

bool write(const JobSnapshot &snapshot, const QString &folder, QString *error,
           ExistingFolder existing = ExistingFolder::Refuse);

// Names already given, compared case-insensitively (a case-insensitive file system must not
// merge two pages either).
struct TakenNames
{
    QSet<QString> names;            // lowercased relative paths
    QHash<QString, int> nextSuffix; // lowercased base path -> the next -N to try
};

// The relative path of a page's file: "host[_port]/seg/.../name.md", every segment made of
// [A-Za-z0-9._-] only, never ".", "..", empty, hidden, a Windows reserved name or longer than
// 64 characters; "/" gives "index.md" of its folder; the query is folded into the name. With
// `taken`, a name given before gets -2, -3, ... (deterministic in page order) and is recorded.
QString fileNameFor(const QString &url, TakenNames *taken = nullptr);

// `text` as a YAML double-quoted scalar (every control and line-break character escaped).
QString yamlQuoted(const QString &text);

} // namespace MarkdownFolderExport
