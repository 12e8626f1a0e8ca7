// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/htmltree.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

// Firecrawl's `html` format: the content of a page as clean HTML. Scripts, styles, templates,
// frames, comments, event handler and style attributes are dropped; links and images are made
// absolute against `baseUrl`.
namespace HtmlSerializer {

QString serialize(const HtmlTree &tree, const QList<HtmlTree::NodeId> &roots, const QUrl &baseUrl,
                  const std::function<bool(HtmlTree::NodeId)> &skip = {});

} // namespace HtmlSerializer
