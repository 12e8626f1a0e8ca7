// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QJsonObject>

#include <optional>

// CrawlOptions as the JSON body of Firecrawl's `POST /v1/crawl`: read from `--config FILE`, from
// the local API and from the store; written to the store and shown as "the Firecrawl request".
// Options Trawl adds live under the "trawl" key.
namespace CrawlRequest {

// Strict, like Firecrawl: an unknown key or a value of the wrong type is rejected with a reason
// that names the key ("scrapeOptions.timeout must be a whole number"). Firecrawl keys that Trawl
// does not implement yet are rejected too, saying so, rather than silently ignored.
std::optional<CrawlOptions> fromJson(const QJsonObject &body, QString *error);
QJsonObject toJson(const CrawlOptions &options);

} // namespace CrawlRequest
