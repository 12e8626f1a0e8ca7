// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Path arithmetic shared by link resolution (extract) and URL normalization (crawl).
namespace UrlPath {

// RFC 3986 section 5.2.4 on an absolute path: "/a/b/../c" -> "/a/c", "/a/./" -> "/a/",
// "/.." -> "/".
QString withoutDotSegments(QStringView path);

} // namespace UrlPath
